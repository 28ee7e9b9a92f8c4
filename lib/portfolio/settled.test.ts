import { describe, expect, it } from "vitest";
import { filterRows } from "./filters";
import { summariseProject } from "./project-summary";
import { projectAssessments } from "./settled";
import { scored, testChecklistFacts, testProject } from "./test-facts";
import type { VersionLineage } from "./version-trend";

const project = testProject();
const lineage = (kind: VersionLineage["kind"], versions: VersionLineage["versions"], projectId = project.id): VersionLineage => ({
  projectId,
  kind,
  partner: null,
  versions,
});
/** A new draft: nothing answered, so the scoring reads it High (every unanswered item is unknown). */
const newDraft = (kind: "before" | "after", version = 1) =>
  scored(testChecklistFacts(kind, {}, { id: `${kind}-v${version}`, seriesId: `series-${kind}`, version, status: "draft", answers: new Map() }));
const submitted = (kind: "before" | "after", version = 1, extra = {}) =>
  scored(testChecklistFacts(kind, {}, { id: `${kind}-v${version}`, seriesId: `series-${kind}`, version, status: "submitted", ...extra }));

describe("what the portfolio counts: the latest submitted version of each series, drafts beside", () => {
  it("counts the submitted version under a newer draft, and names the draft beside it", () => {
    const v1 = submitted("before", 1, { status: "approved", isCurrent: false });
    const v2 = newDraft("before", 2);
    const { settled, drafts } = projectAssessments(project.id, [lineage("before", [v1, v2])]);
    expect(settled.map((a) => a.id)).toEqual(["before-v1"]);
    expect(drafts.map((a) => a.id)).toEqual(["before-v2"]);
    const summary = summariseProject(project, settled, "en", drafts);
    expect(summary.stages.before).toEqual({ rating: "Low", started: true, draft: true });
    expect(summary.overall).toBe("Low");
    expect(summary.drafts).toBe(1);
  });

  it("a project with only a new draft is not counted as High, nor found by the High filter", () => {
    const { settled, drafts } = projectAssessments(project.id, [lineage("before", [newDraft("before")])]);
    expect(settled).toEqual([]);
    const summary = summariseProject(project, settled, "en", drafts);
    expect(summary.overall).toBeNull();
    expect(summary.stages.before).toEqual({ rating: null, started: false, draft: true });
    expect(filterRows([summary], { rating: "High" })).toEqual([]);
  });

  it("takes the newest of several submitted versions and ignores other projects' series", () => {
    const v1 = submitted("after", 1, { status: "returned", isCurrent: false });
    const v2 = submitted("after", 2);
    const { settled, drafts } = projectAssessments(project.id, [lineage("after", [v1, v2]), lineage("before", [submitted("before")], "other")]);
    expect(settled.map((a) => a.id)).toEqual(["after-v2"]);
    expect(drafts).toEqual([]);
  });
});
