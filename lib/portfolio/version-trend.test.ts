import { describe, expect, it } from "vitest";
import { scored, testChecklistFacts, testProject } from "./test-facts";
import { describeVersions, rateVersions, versionTrends, type VersionLineage } from "./version-trend";

const project = testProject();

/*
 * BEFORE, enterprise mode (checklist version 1), everything met except B.CTX.2 (critical, weight 3):
 * Country context = 100 × 3 ÷ (2 + 3 + 3) = 37.5; section weights sum to 19, so the checklist is
 * 3 × 37.5 ÷ 19 = 5.9 — Low by score, lifted to High by the red flag. All met scores 0.0, Low.
 */
const v1 = scored(testChecklistFacts("before", { "B.CTX.2": "not_met" }, { id: "b1", version: 1, status: "returned", isCurrent: false }));
// Submitted: a trend is drawn between submitted versions only (drafts are left out, see below).
const v2 = scored(testChecklistFacts("before", {}, { id: "b2", version: 2, status: "submitted" }));

describe("rateVersions", () => {
  it("rates every version by its stored scores, oldest first", () => {
    expect(rateVersions([v2, v1])).toEqual([
      { version: 1, rating: "High", score: 5.9 },
      { version: 2, rating: "Low", score: 0 },
    ]);
  });
});

describe("describeVersions", () => {
  it("writes each version's rating and score in order", () => {
    expect(describeVersions(rateVersions([v1, v2]))).toBe("v1 High (5.9) → v2 Low (0.0)");
    expect(describeVersions([{ version: 1, rating: null, score: null }])).toBe("v1 not rated");
  });
});

describe("versionTrends", () => {
  const lineage = (kind: VersionLineage["kind"], versions: VersionLineage["versions"], projectId = project.id): VersionLineage => ({
    projectId,
    kind,
    partner: kind === "partner" ? { id: "p1", name: "Lao Learning" } : null,
    versions,
  });

  it("lists the project's assessments in stage order, with the trend in words", () => {
    const after = scored(testChecklistFacts("after", {}, { id: "a1" }));
    const partner = scored(testChecklistFacts("partner", {}, { id: "p1" }));
    const trends = versionTrends(project, [
      lineage("after", [after]),
      lineage("before", [v1, v2]),
      lineage("partner", [partner]),
      lineage("before", [v1], "another-project"),
    ]);
    expect(trends.map((t) => [t.label, t.word])).toEqual([
      ["Before", "improving"],
      ["Partner: Lao Learning", null],
      ["After", null],
    ]);
    expect(trends[0]!.text).toBe("v1 High (5.9) → v2 Low (0.0)");
  });

  it("draws no trend from a draft: a new draft after a submitted version is 'no trend yet', not 'steady'", () => {
    const submitted = { ...v1, status: "submitted" as const, isCurrent: false };
    // Returned and then barely started: every unanswered item counts as unknown, so it reads High too.
    const draft = scored(testChecklistFacts("before", {}, { id: "b2", version: 2, status: "draft", answers: new Map() }));
    const [trend] = versionTrends(project, [lineage("before", [submitted, draft])]);
    expect(trend).toMatchObject({ word: null, draftInProgress: true, text: "v1 High (5.9)" });
    expect(trend!.points.map((p) => p.version)).toEqual([1]);
  });
});

describe("version trends in Chinese", () => {
  it("writes versions, ratings and partner lineages in the reader's language", () => {
    expect(describeVersions(rateVersions([v1, v2]), "zh-CN")).toBe("第1版（高，5.9） → 第2版（低，0.0）");
    expect(describeVersions([{ version: 1, rating: null, score: null }], "zh-CN")).toBe("第1版（未评级）");
    const partner = scored(testChecklistFacts("partner", {}, { id: "p1" }));
    const trends = versionTrends(project, [{ projectId: project.id, kind: "partner", partner: { id: "p1", name: "Lao Learning" }, versions: [partner] }], "zh-CN");
    expect(trends.map((t) => t.label)).toEqual(["合作方：Lao Learning"]);
  });
});
