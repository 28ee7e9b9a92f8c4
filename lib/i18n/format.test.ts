import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatMoney, formatNumber } from "./format";

describe("formatting in the reader's locale", () => {
  it("writes days as each language does, without moving a bare date", () => {
    expect(formatDay("2026-12-01", "en")).toBe("1 Dec 2026");
    expect(formatDay("2026-12-01", "zh-CN")).toBe("2026年12月1日");
    expect(formatDay(null, "en")).toBe("—");
  });
  it("writes moments with a 24-hour clock and the zone", () => {
    const at = new Date("2026-12-01T14:05:00Z");
    expect(formatDateTime(at, "en")).toContain("14:05");
    expect(formatDateTime(at, "zh-CN")).toContain("2026年12月1日");
  });
  it("groups numbers and names currencies", () => {
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatMoney("120000", "USD", "en")).toBe("$120,000");
    expect(formatMoney(120000, "CNY", "zh-CN")).toBe("¥120,000");
  });
});
