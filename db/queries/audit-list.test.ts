import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PER_PAGE, parseAuditQuery } from "@/lib/lists/audit-query";
import { demo, other, projectValues } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { auditLog } from "../schema";
import { saveSectionForOrg } from "./assessment-writes";
import { startAssessmentForOrg } from "./assessments";
import { recordAudit } from "./audit";
import { listAuditActorsForOrg, listAuditForExport, listAuditPageForOrg, listProjectNamesForOrg } from "./audit-list";
import { createProjectForOrg, updateProjectForOrg } from "./projects";

const db = setupTestDatabase();
const manager = { ...demo, userId: "manager-user", userName: "Mei Manager", role: "manager" as const };
let wells: string;
let clinic: string;
let theirs: string;

beforeAll(async () => {
  wells = await createProjectForOrg(demo, projectValues({ name: "Wells" }));
  clinic = await createProjectForOrg(manager, projectValues({ name: "Clinic" }));
  await updateProjectForOrg(demo, wells, projectValues({ name: "Wells", hostCountry: "TZ" }));
  const before = await startAssessmentForOrg(demo, { projectId: wells, kind: "before", partnerId: null });
  await saveSectionForOrg(manager, before, { items: [{ criterionId: "B.CTX.1", value: "met", notes: "", evidence: "" }] });
  theirs = await createProjectForOrg(other, projectValues({ name: "Their project" }));
  await recordAudit(db(), other, { action: "member.role", entityType: "member", entityId: "their-member", before: { role: "staff" }, after: { role: "admin" } });
  // March 2025, two entries a day (just after midnight and just before the next), for the dates and the pages.
  const march = Array.from({ length: 31 }, (_, i) => i + 1).flatMap((day) =>
    ["00:00:01", "23:59:59"].map((time) => ({
      organizationId: demo.organizationId, actorId: "old-user", actorName: "Olga Old", action: "member.role", entityType: "member", entityId: `m-${day}-${time}`,
      before: { role: "staff" }, after: { role: "manager" }, createdAt: new Date(`2025-03-${String(day).padStart(2, "0")}T${time}Z`),
    })),
  );
  await db().insert(auditLog).values(march);
}, 60_000);

const page = (raw: Record<string, string>) => {
  const { page: n, ...filters } = parseAuditQuery(raw);
  return listAuditPageForOrg(demo, filters, n);
};

describe("filtering the audit log", () => {
  it("finds every entry about a project, its assessments and answers included, and nothing of another project", async () => {
    const found = await page({ project: wells });
    expect(found.rows.map((r) => r.action).sort()).toEqual(["answer.edit", "assessment.start", "project.create", "project.update"]);
    expect(found.rows.every((r) => r.projectName === "Wells")).toBe(true);
    expect(found.total).toBe(4);
  });

  it("filters by who and by what", async () => {
    expect((await page({ who: "manager-user" })).rows.map((r) => r.action).sort()).toEqual(["answer.edit", "project.create"]);
    const updates = await page({ action: "project.update" });
    expect(updates.rows.map((r) => r.entityId)).toEqual([wells]);
  });

  it("takes whole days, both ends included", async () => {
    const days = await page({ from: "2025-03-10", to: "2025-03-12" });
    expect(days.total).toBe(6);
    expect(days.rows.map((r) => r.createdAt.toISOString())[0]).toBe("2025-03-12T23:59:59.000Z");
    expect(days.rows.at(-1)!.createdAt.toISOString()).toBe("2025-03-10T00:00:01.000Z");
  });

  it("never shows another organisation's entries, even asked for its project", async () => {
    expect((await page({ project: theirs })).total).toBe(0);
    const everything = await listAuditForExport(demo, {}, 10_000);
    expect(everything.some((r) => r.entityId === "their-member" || r.projectName === "Their project")).toBe(false);
    expect((await listAuditActorsForOrg(demo)).map((a) => a.name)).toEqual(["Mei Manager", "Olga Old", "Test officer"]);
    expect((await listProjectNamesForOrg(demo)).map((p) => p.name)).toEqual(["Clinic", "Wells"]);
  });
});

describe("pages of the audit log", () => {
  it("counts in SQL and pages by 50, newest first, a page past the end showing the last", async () => {
    const first = await page({});
    expect(first).toMatchObject({ total: 62 + 5, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(AUDIT_PER_PAGE);
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const last = await page({ page: "7" });
    expect(last.page).toBe(2);
    expect(last.rows).toHaveLength(17);
    expect(last.rows.at(-1)!.entityId).toBe("m-1-00:00:01");
    expect(new Set([...first.rows, ...last.rows].map((r) => r.id)).size).toBe(67);
  });

  it("reads bad filter values as no filter", async () => {
    expect(parseAuditQuery({ who: "", action: "drop", project: "nope", from: "2025-13-45", to: "yesterday", page: "x" })).toEqual({
      who: undefined, action: undefined, project: undefined, from: undefined, to: undefined, page: 1,
    });
    expect((await page({ project: "../etc" })).total).toBe(67);
  });

  // Last: it adds an entry the counts above do not expect.
  it("names each person in the filter as they were last recorded, a former name left behind", async () => {
    await db().insert(auditLog).values({
      organizationId: demo.organizationId, actorId: "old-user", actorName: "Olga Older", action: "member.role", entityType: "member", entityId: "m-renamed",
      before: { role: "staff" }, after: { role: "manager" }, createdAt: new Date("2025-02-01T12:00:00Z"),
    });
    expect((await listAuditActorsForOrg(demo)).map((a) => a.name)).toEqual(["Mei Manager", "Olga Old", "Test officer"]);
  });
});
