import { describe, expect, it } from "vitest";
import { calendarDaysBetween } from "./format";
import { translatorFor } from "./translator";

describe("days waiting in the review queue", () => {
  it("counts calendar days, not 24-hour spans", () => {
    expect(calendarDaysBetween(new Date("2026-12-01T08:00:00Z"), new Date("2026-12-01T20:00:00Z"))).toBe(0);
    expect(calendarDaysBetween(new Date("2026-11-30T23:30:00Z"), new Date("2026-12-01T00:10:00Z"))).toBe(1);
    expect(calendarDaysBetween(new Date("2026-11-01T12:00:00Z"), new Date("2026-12-01T09:00:00Z"))).toBe(30);
  });

  it("says today, 1 day, N days in English and 今天, 1天, N天 in Chinese", () => {
    const en = translatorFor("en");
    const zh = translatorFor("zh-CN");
    expect([0, 1, 5].map((days) => en("needsMe.waitingDays", { days }))).toEqual(["today", "1 day", "5 days"]);
    expect([0, 1, 5].map((days) => zh("needsMe.waitingDays", { days }))).toEqual(["今天", "1天", "5天"]);
  });
});
