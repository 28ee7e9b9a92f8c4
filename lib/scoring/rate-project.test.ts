import { describe, expect, it } from "vitest";
import { rateProject, type RatedPart, type RedFlag } from "./rate-project";

const flag = (part: string, criterionId: string | null, text = "Not met"): RedFlag => ({ part, criterionId, text });

describe("project rating", () => {
  it("is the worst rating of its parts, and names the part that set it", () => {
    const parts: RatedPart[] = [
      { label: "Before", rating: "Low", redFlags: [] },
      { label: "During", rating: "Significant", redFlags: [] },
      { label: "After", rating: "Moderate", redFlags: [] },
    ];
    expect(rateProject(parts, [])).toEqual({ rating: "Significant", redFlags: [], drivenBy: "During" });
  });

  it("names the first part at the worst level when two share it", () => {
    const parts: RatedPart[] = [
      { label: "Before", rating: "Moderate", redFlags: [] },
      { label: "Partner due diligence: A", rating: "High", redFlags: [] },
      { label: "After", rating: "High", redFlags: [] },
    ];
    const result = rateProject(parts, []);
    expect(result.rating).toBe("High");
    expect(result.drivenBy).toBe("Partner due diligence: A");
  });

  it("ignores parts that are not rated yet", () => {
    const parts: RatedPart[] = [
      { label: "Before", rating: null, redFlags: [] },
      { label: "After", rating: "Moderate", redFlags: [] },
    ];
    expect(rateProject(parts, []).rating).toBe("Moderate");
  });

  it("collects the red flags of every part, in order", () => {
    const parts: RatedPart[] = [
      { label: "Before", rating: "High", redFlags: [flag("Before", "B.LAW.1"), flag("Before", "B.CTX.2")] },
      { label: "During", rating: "Low", redFlags: [] },
      { label: "Partner due diligence: A", rating: "High", redFlags: [flag("Partner due diligence: A", "P.COOP.3")] },
    ];
    const result = rateProject(parts, []);
    expect(result.redFlags.map((f) => `${f.part}/${f.criterionId}`)).toEqual([
      "Before/B.LAW.1",
      "Before/B.CTX.2",
      "Partner due diligence: A/P.COOP.3",
    ]);
  });

  it("adds a missing mandatory partner due diligence as a red flag and rates High", () => {
    const missing = flag("Partner due diligence: A", null, "Partner due diligence is mandatory and missing.");
    const parts: RatedPart[] = [
      { label: "Before", rating: "Low", redFlags: [] },
      { label: "During", rating: "Moderate", redFlags: [flag("Before", "B.CTX.2")] },
    ];
    const result = rateProject(parts, [missing]);
    expect(result.rating).toBe("High");
    expect(result.drivenBy).toBe("Mandatory partner due diligence");
    expect(result.redFlags).toEqual([flag("Before", "B.CTX.2"), missing]);
  });

  it("rates High from a missing mandatory due diligence even when nothing else is rated", () => {
    const missing = flag("Partners", null, "No partner recorded.");
    expect(rateProject([], [missing])).toEqual({
      rating: "High",
      redFlags: [missing],
      drivenBy: "Mandatory partner due diligence",
    });
  });

  it("has no rating while nothing is rated", () => {
    expect(rateProject([], [])).toEqual({ rating: null, redFlags: [], drivenBy: null });
    const unrated: RatedPart[] = [
      { label: "Before", rating: null, redFlags: [] },
      { label: "During", rating: null, redFlags: [] },
    ];
    expect(rateProject(unrated, [])).toEqual({ rating: null, redFlags: [], drivenBy: null });
  });
});
