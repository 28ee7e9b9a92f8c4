import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SectionValues } from "@/lib/forms/section-schema";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { demo, projectValues, seedOtherOrganization, type OtherOrgRows } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { setupTestDatabase } from "../testing/test-database";
import { answers, indicators, mitigations, risks } from "../schema";
import { saveSectionForOrg, submitAssessmentForOrg } from "./assessment-writes";
import { getAssessmentForOrg, listAssessmentFactsForProject, startAssessmentForOrg } from "./assessments";
import { createProjectForOrg, getProjectForOrg } from "./projects";

const db = setupTestDatabase();
let otherOrg: OtherOrgRows;
let projectId: string;

beforeAll(async () => {
  otherOrg = await seedOtherOrganization(db());
  projectId = await createProjectForOrg(demo, projectValues());
});

const start = (kind: "before" | "during" | "after") => startAssessmentForOrg(demo, { projectId, kind, partnerId: null });
const factsOf = async (id: string) => (await getAssessmentForOrg(demo, id))!.facts;
const risk = (criterionId: string, over: Partial<NonNullable<SectionValues["risks"]>[number]> = {}) => ({
  criterionId,
  likelihood: 3,
  impact: 4,
  status: "open" as const,
  mitigation: "",
  owner: "",
  dueDate: null,
  notes: "",
  ...over,
});

describe("saving section values", () => {
  it("upserts answers: one row per criterion, the last save wins, and they load back as saved", async () => {
    const id = await start("before");
    await saveSectionForOrg(demo, id, {
      items: [
        { criterionId: "B.CTX.1", value: "met", notes: "Checked", evidence: "Embassy advice" },
        { criterionId: "B.CTX.2", value: null, notes: "", evidence: "" },
      ],
    });
    const savedAt = await saveSectionForOrg(demo, id, {
      items: [
        { criterionId: "B.CTX.2", value: "not_applicable", notes: "No travel advisory", evidence: "" },
        { criterionId: "B.CTX.3", value: "unknown", notes: "", evidence: "" },
      ],
    });
    const facts = await factsOf(id);
    expect(facts.answers).toEqual(
      new Map([
        ["B.CTX.1", { value: "met", notes: "Checked", evidence: "Embassy advice" }],
        ["B.CTX.2", { value: "not_applicable", notes: "No travel advisory", evidence: "" }],
        ["B.CTX.3", { value: "unknown", notes: "", evidence: "" }],
      ]),
    );
    expect(facts.updatedAt.getTime()).toBe(savedAt.getTime());
    expect(await db().select().from(answers).where(eq(answers.assessmentId, id))).toHaveLength(3);
  });

  it("saves risks with their mitigation, and replaces a risk's mitigation as a whole", async () => {
    const id = await start("during");
    await saveSectionForOrg(demo, id, {
      risks: [
        risk("D.PART.1", { mitigation: "Quarterly visits", owner: "Programme manager", dueDate: "2026-12-15", notes: "Weak reporting" }),
        risk("D.BEN.1", { likelihood: null, impact: null, status: "mitigating" }),
      ],
    });
    expect((await factsOf(id)).risks).toEqual(
      new Map([
        [
          "D.PART.1",
          { likelihood: 3, impact: 4, status: "open", notes: "Weak reporting", mitigation: { action: "Quarterly visits", owner: "Programme manager", dueDate: "2026-12-15" } },
        ],
        ["D.BEN.1", { likelihood: null, impact: null, status: "mitigating", notes: "", mitigation: null }],
      ]),
    );

    await saveSectionForOrg(demo, id, {
      risks: [risk("D.PART.1", { likelihood: 1, status: "closed" }), risk("D.BEN.1", { mitigation: "Hotline", owner: "Officer" })],
    });
    const facts = await factsOf(id);
    expect(facts.risks.get("D.PART.1")).toEqual({ likelihood: 1, impact: 4, status: "closed", notes: "", mitigation: null });
    expect(facts.risks.get("D.BEN.1")!.mitigation).toEqual({ action: "Hotline", owner: "Officer", dueDate: null });
    const riskIds = (await db().select({ id: risks.id }).from(risks).where(eq(risks.assessmentId, id))).map((r) => r.id);
    expect(riskIds).toHaveLength(2);
    expect(await db().select().from(mitigations).where(inArray(mitigations.riskId, riskIds))).toHaveLength(1);
  });

  it("replaces the indicators as a whole, keeping their order", async () => {
    const id = await start("after");
    await saveSectionForOrg(demo, id, {
      indicators: [
        { name: "Households reached", unit: "households", target: 1500, actual: 1620.5 },
        { name: "Days of work", unit: "days", target: 20000, actual: null },
        { name: "Wells repaired", unit: "wells", target: null, actual: null },
      ],
    });
    expect((await factsOf(id)).indicators.map((i) => i.name)).toEqual(["Households reached", "Days of work", "Wells repaired"]);
    await saveSectionForOrg(demo, id, { indicators: [{ name: "Wells repaired", unit: "wells", target: 12, actual: 3 }] });
    expect((await factsOf(id)).indicators).toEqual([{ name: "Wells repaired", unit: "wells", target: 12, actual: 3 }]);
    await saveSectionForOrg(demo, id, { indicators: [] });
    expect(await db().select().from(indicators).where(eq(indicators.assessmentId, id))).toEqual([]);
  });

  it("writes a section in one transaction: a row the database refuses undoes the whole save", async () => {
    const id = await start("during");
    const before = await snapshotTables(db());
    // Bypasses the form schema on purpose: the risk_likelihood_range check refuses the second risk.
    const save = saveSectionForOrg(demo, id, {
      risks: [risk("D.FUND.1", { mitigation: "Buffer account", owner: "Finance" }), risk("D.FUND.2", { likelihood: 9 })],
      indicators: [{ name: "Never saved", unit: "", target: 1, actual: null }],
    });
    await expect(save).rejects.toThrow();
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("loads the same facts through the project's list as through the assessment", async () => {
    const id = await start("during");
    await saveSectionForOrg(demo, id, {
      risks: [risk("D.SEC.1", { mitigation: "Travel by day", owner: "Country lead", dueDate: "2027-02-01" })],
      indicators: [{ name: "Posts supplied", unit: "posts", target: 25, actual: 4 }],
    });
    const fromOne = await factsOf(id);
    const fromList = (await listAssessmentFactsForProject(demo, (await getProjectForOrg(demo, projectId))!)).find((f) => f.id === id);
    expect(fromList).toEqual(fromOne);
    expect(fromOne.risks.get("D.SEC.1")!.mitigation!.owner).toBe("Country lead");
    expect(fromOne.indicators).toEqual([{ name: "Posts supplied", unit: "posts", target: 25, actual: 4 }]);
  });
});

describe("a submitted assessment", () => {
  it("is frozen: saves and a second submit are refused with a clear message and change nothing", async () => {
    const fresh = await createProjectForOrg(demo, projectValues({ name: "To submit" }));
    const id = await startAssessmentForOrg(demo, { projectId: fresh, kind: "before", partnerId: null });
    await saveSectionForOrg(demo, id, { items: [{ criterionId: "B.CTX.1", value: "met", notes: "", evidence: "" }] });
    await submitAssessmentForOrg(demo, id);
    const submitted = await factsOf(id);
    expect(submitted.status).toBe("submitted");
    expect(submitted.submittedAt).toBeInstanceOf(Date);

    const before = await snapshotTables(db());
    const save = saveSectionForOrg(demo, id, { items: [{ criterionId: "B.CTX.1", value: "not_met", notes: "", evidence: "" }] });
    await expect(save).rejects.toThrow(UserFacingError);
    await expect(save).rejects.toThrow("This assessment has been submitted and can no longer be changed.");
    await expect(submitAssessmentForOrg(demo, id)).rejects.toThrow(/has been submitted/);
    expect(await snapshotTables(db())).toEqual(before);
    expect((await factsOf(id)).answers.get("B.CTX.1")!.value).toBe("met");
  });
});

describe("another organisation's assessments", () => {
  it("cannot be saved or submitted: not found, nothing changes", async () => {
    const before = await snapshotTables(db());
    for (const id of [otherOrg.beforeId, otherOrg.partnerAssessmentId, otherOrg.duringId]) {
      await expect(saveSectionForOrg(demo, id, { items: [{ criterionId: "B.CTX.1", value: "not_met", notes: "x", evidence: "" }] })).rejects.toThrow(
        NotFoundError,
      );
      await expect(saveSectionForOrg(demo, id, { risks: [risk("D.PART.1")], indicators: [] })).rejects.toThrow(NotFoundError);
      await expect(submitAssessmentForOrg(demo, id)).rejects.toThrow(NotFoundError);
    }
    expect(await snapshotTables(db())).toEqual(before);
  });
});
