import { describe, expect, it } from "vitest";
import { seriesOfFile } from "./file-series";

describe("seriesOfFile", () => {
  it("keys a stage by its kind and a due diligence by its partner, and marks each series' newest version current", () => {
    expect(
      seriesOfFile([
        { kind: "before", partnerRef: null, version: 2 },
        { kind: "before", partnerRef: null, version: 1 },
        { kind: "partner", partnerRef: "partner-1", version: 1 },
        { kind: "partner", partnerRef: "partner-2", version: 1 },
        { kind: "partner", partnerRef: "partner-2", version: 3 },
      ]),
    ).toEqual([
      { key: "before", isCurrent: true },
      { key: "before", isCurrent: false },
      { key: "partner:partner-1", isCurrent: true },
      { key: "partner:partner-2", isCurrent: false },
      { key: "partner:partner-2", isCurrent: true },
    ]);
  });
});
