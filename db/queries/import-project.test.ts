import { beforeAll, describe, expect, it } from "vitest";
import { buildExportFile } from "@/lib/exports/build-export";
import type { ExportFile } from "@/lib/exports/format-schema";
import { verifyStoredImport } from "@/lib/exports/verify-import";
import { UserFacingError } from "@/lib/errors";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import { buildProjectReport } from "@/lib/report/project-report";
import type { SessionContext } from "@/lib/domain/session-context";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { organizations } from "../schema";
import { seedProject } from "../seed";
import { demoProjects } from "../seed-data";
import { demo } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { setupTestDatabase } from "../testing/test-database";
import { listAssessmentFactsForProject } from "./assessments";
import { listAuditForOrg } from "./audit";
import { loadProjectExportForOrg } from "./export-project";
import { importProjectForOrg } from "./import-project";
import { getProjectForOrg } from "./projects";
import { addReviewNoteForOrg, reopenAssessmentForOrg } from "./review";

/** An organisation moving servers loses nothing: export a project, import it into a fresh organisation, compare. */
const db = setupTestDatabase();
const fresh: SessionContext = { organizationId: "fresh-org", organizationName: "Fresh NGO", userId: "fresh-user", userName: "Fresh officer", role: "manager" };

let originalId: string;
let file: ExportFile;
const exportOf = async (ctx: SessionContext, projectId: string) => {
  const data = (await loadProjectExportForOrg(ctx, projectId))!;
  return buildExportFile({ contents: "project", project: data.project, assessments: data.assessments, exportedAt: new Date("2026-06-02T08:00:00Z") });
};

beforeAll(async () => {
  await db().insert(organizations).values({ id: fresh.organizationId, name: fresh.organizationName, slug: "fresh" });
  // The reading programme (partner, approved before and partner due diligence, a during register
  // with indicators) under a Chinese name; the before stage reopened into a second version.
  originalId = await seedProject(db(), DEMO_ORGANIZATION_ID, { ...demoProjects[0]!, name: "水资源项目" });
  const facts = await listAssessmentFactsForProject(demo, (await getProjectForOrg(demo, originalId))!);
  const before = facts.find((a) => a.kind === "before")!;
  await addReviewNoteForOrg(demo, before.id, { kind: "comment", criterionId: "B.COMM.1", body: "Ask the press office", rating: null });
  await reopenAssessmentForOrg(demo, before.id);
  file = JSON.parse(JSON.stringify(await exportOf(demo, originalId)));
});

/** Report models without what differs by design between two copies: row ids and edit times. */
function withoutIds(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (key === "id" || key === "projectId" || key === "updatedAt") return undefined;
      return typeof v === "string" ? v.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>") : v;
    }),
  );
}

async function reportsOf(ctx: SessionContext, projectId: string) {
  const project = (await getProjectForOrg(ctx, projectId))!;
  const all = (await loadProjectExportForOrg(ctx, projectId))!.assessments;
  return {
    project: buildProjectReport(project, await listAssessmentFactsForProject(ctx, project)),
    assessments: all.map((a) => buildAssessmentReport(project, a)),
  };
}

describe("a JSON export imported into a fresh organisation", () => {
  let importedId: string;

  it("holds every version and its scores", () => {
    expect(file.assessments.map((a) => `${a.kind} v${a.version} ${a.status}`)).toEqual([
      "before v1 approved",
      "before v2 draft",
      "partner v1 approved",
      "during v1 draft",
    ]);
    expect(file.assessments[0]!.reviewNotes).toMatchObject([{ kind: "comment", criterionId: "B.COMM.1", body: "Ask the press office" }]);
    expect(file.project.scores.rating).toEqual(expect.any(String));
  });

  it("creates a new project in the session's organisation", async () => {
    importedId = (await importProjectForOrg(fresh, file, (stored, assessments) => verifyStoredImport(file, stored, assessments))).projectId;
    expect(importedId).not.toBe(originalId);
    expect(await getProjectForOrg(demo, importedId)).toBeNull();
    expect(await getProjectForOrg(fresh, importedId)).toMatchObject({ name: "水资源项目", partners: [{ name: "Lao Community Learning Association" }] });
  });

  it("reproduces the project report and every assessment report, number for number", async () => {
    const original = await reportsOf(demo, originalId);
    const imported = await reportsOf(fresh, importedId);
    expect(imported.project.overall).toEqual(original.project.overall);
    expect(imported.project.register).toEqual(original.project.register);
    expect(withoutIds(imported.project)).toEqual(withoutIds(original.project));
    expect(imported.assessments).toHaveLength(original.assessments.length);
    imported.assessments.forEach((report, i) => {
      const before = original.assessments[i]!;
      expect([report.rating, report.score, report.scoreRating], report.title).toEqual([before.rating, before.score, before.scoreRating]);
      expect(report.sections.map((s) => [s.id, s.score, s.rating])).toEqual(before.sections.map((s) => [s.id, s.score, s.rating]));
      expect(report.redFlags).toEqual(before.redFlags);
      expect(report.gaps).toEqual(before.gaps);
      expect(report.indicators).toEqual(before.indicators);
      expect(withoutIds(report)).toEqual(withoutIds(before));
    });
  });

  it("exports again to the same file: nothing was lost on the way", async () => {
    expect(JSON.parse(JSON.stringify(await exportOf(fresh, importedId)))).toEqual(file);
  });

  it("records the import in the audit log of the new organisation", async () => {
    const audit = await listAuditForOrg(fresh);
    expect(audit.filter((e) => e.action === "assessment.import")).toHaveLength(4);
    expect(audit.find((e) => e.action === "project.import")).toMatchObject({ entityId: importedId, actorName: "Fresh officer" });
  });
});

describe("an import whose read-back does not reproduce the file", () => {
  it("rolls everything back: nothing is written", async () => {
    const before = await snapshotTables(db());
    const refusal = new UserFacingError("The scores do not match.");
    const error = await importProjectForOrg(fresh, file, (stored, assessments) => {
      // The verifier sees what was written, read back as pages read it, before the commit.
      expect(stored?.name).toBe("水资源项目");
      expect(assessments).toHaveLength(file.assessments.length);
      throw refusal;
    }).catch((e: unknown) => e);
    expect(error).toBe(refusal);
    expect(await snapshotTables(db())).toEqual(before);
  });
});
