import { describe, expect, it } from "vitest";
import type { ChecklistDefinition, ChecklistItem } from "@/lib/checklists/definition-schema";
import { bandFor, riskBands } from "./config";
import { scoreRisk, scoreRiskRegister, type RiskInput, type RiskStatus } from "./score-risks";

// A small hand-made risk register: two sections of risk items.
function risk(id: string): ChecklistItem {
  return {
    id,
    answerType: "risk",
    prompt: `Risk ${id}`,
    help: `Help for ${id}.`,
    weight: 2,
    critical: false,
    sources: [{ doc: "000", where: "§IV.B" }],
  };
}

const register: ChecklistDefinition = {
  id: "during",
  version: 1,
  title: "Test register",
  summary: "For unit tests.",
  sections: [
    { id: "a", title: "Section A", intro: "Intro text.", weight: 1, kind: "checklist", items: ["R.A.1", "R.A.2", "R.A.3"].map(risk) },
    { id: "b", title: "Section B", intro: "Intro text.", weight: 1, kind: "checklist", items: ["R.B.1", "R.B.2", "R.B.3"].map(risk) },
    { id: "ind", title: "Indicators", intro: "Intro text.", weight: 1, kind: "indicators", items: [] },
  ],
};

function rated(
  likelihood: number | null,
  impact: number | null,
  opts: { status?: RiskStatus; mitigation?: string | null } = {},
): RiskInput {
  const action = opts.mitigation === undefined ? "Agreed mitigation" : opts.mitigation;
  return {
    likelihood,
    impact,
    status: opts.status ?? "open",
    mitigation: action === null ? null : { action, owner: "Programme lead", dueDate: "2025-06-30" },
  };
}

const score = (inputs: Record<string, RiskInput>) => scoreRiskRegister(register, new Map(Object.entries(inputs)));

describe("risk score", () => {
  it("multiplies likelihood by impact", () => {
    expect(scoreRisk(3, 4)).toBe(12);
    expect(scoreRisk(1, 1)).toBe(1);
    expect(scoreRisk(5, 5)).toBe(25);
    const result = score({ "R.A.1": rated(2, 5) });
    expect(result.risks[0]!.score).toBe(10); // 2 × 5
  });

  it.each([
    [4, "Low"],
    [5, "Moderate"],
    [9, "Moderate"],
    [10, "Significant"],
    [14, "Significant"],
    [15, "High"],
    [25, "High"],
  ] as const)("rates a risk scoring %i as %s", (value, rating) => {
    expect(bandFor(value, riskBands)).toBe(rating);
  });

  it.each([
    [2, 2, "Low"], // 4
    [5, 1, "Moderate"], // 5
    [3, 3, "Moderate"], // 9
    [2, 5, "Significant"], // 10
    [3, 5, "High"], // 15
    [5, 5, "High"], // 25
  ] as const)("rates likelihood %i × impact %i as %s in the register", (l, i, rating) => {
    const result = score({ "R.A.1": rated(l, i) });
    expect(result.risks[0]!.rating).toBe(rating);
    expect(result.rating).toBe(rating);
  });
});

describe("heat map", () => {
  it("counts open, rated risks at [likelihood-1][impact-1]", () => {
    const result = score({
      "R.A.1": rated(2, 4),
      "R.A.2": rated(2, 4, { status: "mitigating" }), // still open
      "R.A.3": rated(5, 5, { status: "closed" }), // left out
      "R.B.1": rated(3, null), // not rated: left out
      "R.B.2": rated(1, 5),
    });
    expect(result.heatMap[1]![3]).toBe(2); // likelihood 2, impact 4
    expect(result.heatMap[0]![4]).toBe(1); // likelihood 1, impact 5
    expect(result.heatMap[4]![4]).toBe(0); // the closed 5×5 risk
    expect(result.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(3);
    expect(result.heatMap).toHaveLength(5);
    expect(result.heatMap.every((row) => row.length === 5)).toBe(true);
  });
});

describe("closed risks", () => {
  it("leaves closed risks out of the register's rating and the section's highest score", () => {
    const result = score({
      "R.A.1": rated(5, 5, { status: "closed" }), // 25, closed
      "R.A.2": rated(2, 2), // 4, open
    });
    expect(result.rating).toBe("Low");
    expect(result.sections[0]).toMatchObject({ id: "a", highestScore: 4, rating: "Low" });
    expect(result.ranked.map((r) => r.item.id)).toEqual(["R.A.2"]);
    expect(result.risks[0]).toMatchObject({ score: 25, isOpen: false, isPriority: false });
  });

  it("has no rating when every rated risk is closed", () => {
    const result = score({ "R.A.1": rated(4, 4, { status: "closed" }) });
    expect(result.rating).toBeNull();
    expect(result.sections[0]!.highestScore).toBeNull();
  });
});

describe("risks that do not apply", () => {
  it("are neither rated, mapped, ranked nor counted as gaps", () => {
    const result = score({ "R.A.1": rated(null, null, { status: "not_applicable", mitigation: null }), "R.A.2": rated(2, 3) });
    expect(result.gaps.map((r) => r.item.id)).not.toContain("R.A.1");
    expect(result.ranked.map((r) => r.item.id)).toEqual(["R.A.2"]);
    expect(result.risks[0]).toMatchObject({ status: "not_applicable", isOpen: false, score: null });
    expect(result.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe("ranking", () => {
  it("lists open risks scoring 15 or more, or without a mitigation, first, then by score", () => {
    const result = score({
      "R.A.1": rated(4, 4), // 16, mitigated → priority (≥ 15)
      "R.A.2": rated(3, 4, { mitigation: null }), // 12, no mitigation → priority
      "R.A.3": rated(4, 5), // 20, mitigated → priority (≥ 15)
      "R.B.1": rated(3, 3), // 9, mitigated → not priority
      "R.B.2": rated(4, 3), // 12, mitigated → not priority
      "R.B.3": rated(2, 3, { mitigation: "   " }), // 6, blank mitigation counts as none → priority
    });
    expect(result.ranked.map((r) => `${r.item.id}=${r.score}`)).toEqual([
      "R.A.3=20",
      "R.A.1=16",
      "R.A.2=12",
      "R.B.3=6",
      "R.B.2=12",
      "R.B.1=9",
    ]);
    expect(result.ranked.map((r) => r.isPriority)).toEqual([true, true, true, true, false, false]);
    expect(result.risks.find((r) => r.item.id === "R.B.3")!.mitigation).toBeNull();
  });

  it("puts a mitigated risk at exactly 15 among the priorities", () => {
    const result = score({ "R.A.1": rated(2, 5) /* 10 */, "R.A.2": rated(3, 5) /* 15 */ });
    expect(result.ranked.map((r) => r.item.id)).toEqual(["R.A.2", "R.A.1"]);
    expect(result.ranked.map((r) => r.isPriority)).toEqual([true, false]);
  });
});

describe("unrated risks", () => {
  it("lists risks without both likelihood and impact as gaps, and leaves them unscored", () => {
    const result = score({
      "R.A.1": rated(3, 3),
      "R.A.2": rated(null, 4),
      "R.A.3": rated(2, null),
      // R.B.1–R.B.3 have no input at all
    });
    expect(result.gaps.map((g) => g.item.id)).toEqual(["R.A.2", "R.A.3", "R.B.1", "R.B.2", "R.B.3"]);
    expect(result.gaps.every((g) => g.score === null && g.rating === null)).toBe(true);
    expect(result.risks.find((r) => r.item.id === "R.B.1")!.status).toBe("open");
    expect(result.ranked.map((r) => r.item.id)).toEqual(["R.A.1"]);
    expect(result.rating).toBe("Moderate"); // only 3 × 3 = 9 is rated
  });

  it("has no rating while nothing is rated", () => {
    const result = score({});
    expect(result.rating).toBeNull();
    expect(result.gaps).toHaveLength(6);
    expect(result.sections.map((s) => s.highestScore)).toEqual([null, null]);
  });
});
