import { describe, expect, it } from "vitest";
import { getChecklist } from "@/lib/checklists/registry";
import { checklistFacts, duringFacts } from "./testing/sample-facts";
import { diffVersions } from "./version-diff";

describe("diffVersions", () => {
  it("names fields by id and keeps stored values, for the page to put in the reader's words", () => {
    const older = checklistFacts("before", { "B.CTX.2": "unknown" });
    const newer = checklistFacts("before");
    newer.answers.set("B.CTX.3", { ...newer.answers.get("B.CTX.3")!, notes: "Embassy advisory" });
    newer.indicators = [{ name: "Wells", unit: "wells", target: 4, actual: 1 }];
    const changes = diffVersions(getChecklist("before", 1), older, newer);
    expect(changes.map(({ criterionId, field, before, after }) => ({ criterionId, field, before, after }))).toEqual([
      { criterionId: "B.CTX.2", field: "answer", before: "unknown", after: "met" },
      { criterionId: "B.CTX.3", field: "notes", before: null, after: "Embassy advisory" },
      { criterionId: null, field: "indicators", before: null, after: [{ name: "Wells", actual: 1, target: 4, unit: "wells" }] },
    ]);
    expect(changes[0]!.prompt).toBe(getChecklist("before", 1).sections.flatMap((s) => s.items).find((i) => i.id === "B.CTX.2")!.prompt);
  });

  it("sees risk changes, and nothing when nothing changed", () => {
    const older = duringFacts();
    const first = getChecklist("during", 1).sections[0]!.items[0]!.id;
    const newer = duringFacts({ [first]: { likelihood: 4, status: "mitigating" } });
    expect(diffVersions(getChecklist("during", 1), older, newer).map((c) => [c.field, c.before, c.after])).toEqual([
      ["likelihood", 1, 4],
      ["status", "open", "mitigating"],
    ]);
    expect(diffVersions(getChecklist("during", 1), older, duringFacts())).toEqual([]);
  });
});
