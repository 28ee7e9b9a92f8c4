import { describe, expect, it } from "vitest";
import type { ChecklistDefinition, ChecklistItem, ChecklistSection } from "@/lib/checklists/definition-schema";
import { bandFor, checklistBands, type AnswerValue } from "./config";
import { scoreChecklist, type ItemAnswer } from "./score-checklist";

// Small hand-made checklists, so every number below can be checked on paper.
type W = 1 | 2 | 3;

function item(id: string, weight: W, critical = false): ChecklistItem {
  return {
    id,
    answerType: "status",
    prompt: `Prompt for ${id}`,
    help: `Help text for ${id}.`,
    weight,
    critical,
    sources: [{ doc: "000", where: "§IV.A" }],
  };
}

function section(id: string, weight: W, items: ChecklistItem[]): ChecklistSection {
  return { id, title: `Section ${id}`, intro: "Intro text.", weight, kind: "checklist", items };
}

function checklist(...sections: ChecklistSection[]): ChecklistDefinition {
  return { id: "before", version: 1, title: "Test checklist", summary: "For unit tests.", sections };
}

function answers(values: Record<string, AnswerValue | null>): Map<string, ItemAnswer> {
  return new Map(Object.entries(values).map(([id, value]) => [id, { value }]));
}

describe("item weights and answer points", () => {
  it("weighs heavier items more: met 0, partly met 0.5, not met 1", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 3), item("X.A.2", 2), item("X.A.3", 1)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "met", "X.A.2": "partly_met", "X.A.3": "not_met" }));
    // (3×0 + 2×0.5 + 1×1) / (3+2+1) = 2/6 = 0.333 → 33.3
    expect(result.sections[0]!.weightedPoints).toBe(2);
    expect(result.sections[0]!.applicableWeight).toBe(6);
    expect(result.sections[0]!.score).toBeCloseTo(33.333, 3);
    expect(result.score).toBeCloseTo(33.333, 3);
    expect(result.rating).toBe("Moderate");
  });

  it("gives a different score when the same answers sit on items of other weights", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 1), item("X.A.2", 2), item("X.A.3", 3)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "met", "X.A.2": "partly_met", "X.A.3": "not_met" }));
    // (1×0 + 2×0.5 + 3×1) / 6 = 4/6 = 0.667 → 66.7
    expect(result.score).toBeCloseTo(66.667, 3);
    expect(result.rating).toBe("Significant");
  });

  it("counts partly met as half a point", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 2), item("X.A.2", 2)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "partly_met", "X.A.2": "met" }));
    // (2×0.5 + 2×0) / 4 = 1/4 → 25
    expect(result.sections[0]!.items.map((i) => i.points)).toEqual([0.5, 0]);
    expect(result.score).toBe(25);
  });
});

describe("not applicable", () => {
  it("leaves a not-applicable item out of both sums", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 3), item("X.A.2", 1), item("X.A.3", 1)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "not_applicable", "X.A.2": "not_met", "X.A.3": "met" }));
    // X.A.1 left out: (1×1 + 1×0) / (1+1) = 1/2 → 50 (not (3×? + 1) / 5)
    expect(result.sections[0]!.items[0]!.points).toBeNull();
    expect(result.sections[0]!.applicableWeight).toBe(2);
    expect(result.score).toBe(50);
    expect(result.gaps).toEqual([]);
  });

  it("leaves a section with only not-applicable items out of the checklist mean", () => {
    const list = checklist(
      section("a", 3, [item("X.A.1", 2), item("X.A.2", 2)]),
      section("b", 1, [item("X.B.1", 1), item("X.B.2", 1)]),
    );
    const result = scoreChecklist(
      list,
      answers({ "X.A.1": "not_applicable", "X.A.2": "not_applicable", "X.B.1": "not_met", "X.B.2": "met" }),
    );
    // Section a: no applicable item → no score. Section b: (1×1 + 1×0) / 2 → 50.
    // Checklist: (1×50) / 1 = 50, not (3×0 + 1×50) / 4 = 12.5
    expect(result.sections[0]!.score).toBeNull();
    expect(result.sections[0]!.rating).toBeNull();
    expect(result.score).toBe(50);
    expect(result.rating).toBe("Significant");
  });

  it("has no score at all when every item is not applicable", () => {
    const list = checklist(section("a", 2, [item("X.A.1", 2)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "not_applicable" }));
    expect(result.score).toBeNull();
    expect(result.rating).toBeNull();
  });
});

describe("unknown and unanswered items", () => {
  it("counts unknown as a full risk point and lists it as an information gap", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 2), item("X.A.2", 2), item("X.A.3", 2)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "unknown", "X.A.2": "met", "X.A.3": "not_met" }));
    // (2×1 + 2×0 + 2×1) / 6 = 4/6 → 66.7
    expect(result.score).toBeCloseTo(66.667, 3);
    // Only unknown is a gap; not met is a known answer.
    expect(result.gaps.map((g) => g.item.id)).toEqual(["X.A.1"]);
  });

  it("counts an unanswered item as unknown: one risk point and a gap", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 2), item("X.A.2", 2), item("X.A.3", 1)]));
    // X.A.1 has no answer at all, X.A.3 has an answer with no value.
    const result = scoreChecklist(list, answers({ "X.A.2": "met", "X.A.3": null }));
    // (2×1 + 2×0 + 1×1) / 5 = 3/5 → 60
    expect(result.score).toBe(60);
    expect(result.gaps.map((g) => g.item.id)).toEqual(["X.A.1", "X.A.3"]);
    expect(result.gaps[0]!.value).toBeNull();
    expect(result.answeredCount).toBe(1);
    expect(result.itemCount).toBe(3);
  });
});

describe("weighted mean of sections", () => {
  it("uses the section weights", () => {
    const list = checklist(
      section("a", 3, [item("X.A.1", 1)]),
      section("b", 1, [item("X.B.1", 2)]),
    );
    const result = scoreChecklist(list, answers({ "X.A.1": "not_met", "X.B.1": "met" }));
    // a: 100, b: 0 → (3×100 + 1×0) / (3+1) = 75 (a plain mean would give 50)
    expect(result.sections.map((s) => s.score)).toEqual([100, 0]);
    expect(result.score).toBe(75);
    expect(result.rating).toBe("High");
  });

  it("combines section scores that are not round numbers", () => {
    const list = checklist(
      section("a", 2, [item("X.A.1", 1), item("X.A.2", 2)]),
      section("b", 3, [item("X.B.1", 3), item("X.B.2", 1)]),
    );
    const result = scoreChecklist(
      list,
      answers({ "X.A.1": "not_met", "X.A.2": "met", "X.B.1": "partly_met", "X.B.2": "met" }),
    );
    // a: (1×1 + 2×0) / 3 = 33.33; b: (3×0.5 + 1×0) / 4 = 37.5
    // checklist: (2×33.33 + 3×37.5) / 5 = (66.67 + 112.5) / 5 = 35.83
    expect(result.sections[0]!.score).toBeCloseTo(33.333, 3);
    expect(result.sections[1]!.score).toBe(37.5);
    expect(result.score).toBeCloseTo(35.833, 3);
    expect(result.rating).toBe("Moderate");
  });
});

describe("rating bands for checklists", () => {
  it.each([
    [0, "Low"],
    [24.9, "Low"],
    [25, "Moderate"],
    [49.94, "Moderate"], // shown as 49.9
    [49.96, "Significant"], // shown as 50.0: the band follows the score the reader sees
    [50, "Significant"],
    [74.94, "Significant"],
    [74.96, "High"], // shown as 75.0
    [75, "High"],
    [100, "High"],
  ] as const)("rates a score of %s as %s", (score, rating) => {
    expect(bandFor(score, checklistBands)).toBe(rating);
  });

  it.each([
    // weights of a met item and a not-met item → score
    [3, 1, 25, "Moderate"], // 1×1 / (3+1) = 25
    [1, 1, 50, "Significant"], // 1×1 / (1+1) = 50
    [1, 3, 75, "High"], // 3×1 / (1+3) = 75
  ] as const)("rates a checklist with met weight %i and not-met weight %i as %i → %s", (metW, notW, score, rating) => {
    const list = checklist(section("a", 1, [item("X.A.1", metW), item("X.A.2", notW)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "met", "X.A.2": "not_met" }));
    expect(result.score).toBe(score);
    expect(result.rating).toBe(rating);
  });

  it("rates everything not met as 100 → High", () => {
    const list = checklist(section("a", 1, [item("X.A.1", 2), item("X.A.2", 3)]));
    const result = scoreChecklist(list, answers({ "X.A.1": "not_met", "X.A.2": "not_met" }));
    expect(result.score).toBe(100);
    expect(result.rating).toBe("High");
  });
});

describe("critical items", () => {
  // One critical item of weight 1 among three met items of weight 3.
  const list = checklist(
    section("a", 1, [item("X.A.1", 1, true), item("X.A.2", 3), item("X.A.3", 3), item("X.A.4", 3)]),
  );
  const rest = { "X.A.2": "met", "X.A.3": "met", "X.A.4": "met" } as const;

  it.each(["not_met", "unknown"] as const)("makes a critical item answered %s a red flag that lifts a Low score to High", (value) => {
    const result = scoreChecklist(list, answers({ "X.A.1": value, ...rest }));
    // 1×1 / (1+3+3+3) = 1/10 → 10: Low on its own
    expect(result.score).toBe(10);
    expect(result.scoreRating).toBe("Low");
    expect(result.rating).toBe("High");
    expect(result.redFlags.map((f) => f.item.id)).toEqual(["X.A.1"]);
  });

  it("makes an unanswered critical item a red flag too (it counts as unknown)", () => {
    const result = scoreChecklist(list, answers({ ...rest }));
    expect(result.redFlags.map((f) => f.item.id)).toEqual(["X.A.1"]);
    expect(result.gaps.map((g) => g.item.id)).toEqual(["X.A.1"]);
    expect(result.rating).toBe("High");
  });

  it("does not flag a critical item that is partly met", () => {
    const result = scoreChecklist(list, answers({ "X.A.1": "partly_met", ...rest }));
    // 1×0.5 / 10 = 0.05 → 5
    expect(result.score).toBe(5);
    expect(result.redFlags).toEqual([]);
    expect(result.rating).toBe("Low");
  });

  it("does not flag a non-critical item that is not met", () => {
    const result = scoreChecklist(list, answers({ "X.A.1": "met", "X.A.2": "not_met", "X.A.3": "met", "X.A.4": "met" }));
    // 3×1 / 10 → 30
    expect(result.score).toBe(30);
    expect(result.redFlags).toEqual([]);
    expect(result.rating).toBe("Moderate");
  });
});
