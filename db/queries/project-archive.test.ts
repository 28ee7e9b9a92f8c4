import { beforeAll, describe, expect, it } from "vitest";
import { ownRiskSections } from "@/lib/checklists/assessment-checklist";
import { getChecklist } from "@/lib/checklists/registry";
import { buildExportFile } from "@/lib/exports/build-export";
import { buildProjectArchive, readProjectArchive } from "@/lib/exports/project-archive";
import { verifyImportFile, verifyStoredImport } from "@/lib/exports/verify-import";
import { SAMPLE_PDF } from "@/lib/evidence/testing/sample-files";
import { UserFacingError } from "@/lib/errors";
import { buildAssessmentReport } from "@/lib/report/assessment-report";
import type { SessionContext } from "@/lib/domain/session-context";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { organizations, risks } from "../schema";
import { seedProject } from "../seed";
import { demoProjects } from "../seed-data";
import { demo } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { setupTestDatabase } from "../testing/test-database";
import { listAssessmentFactsForProject } from "./assessments";
import { addEvidenceFileForOrg, getEvidenceFileForOrg, listEvidenceFilesForOrg } from "./evidence-files";
import { loadEvidenceBytesForOrg, loadProjectExportForOrg } from "./export-project";
import { importProjectForOrg } from "./import-project";
import { addOwnRiskForOrg } from "./own-risks";
import { getProjectForOrg } from "./projects";

/** An organisation moving servers takes its files and its own risks with it, in one zip. */
const db = setupTestDatabase();
const fresh: SessionContext = { organizationId: "archive-org", organizationName: "Archive NGO", userId: "archive-user", userName: "Archive officer", role: "manager" };
const exportedAt = new Date("2026-06-02T08:00:00Z");

let originalId: string;
let archive: Uint8Array;

async function archiveOf(ctx: SessionContext, projectId: string) {
  const data = (await loadProjectExportForOrg(ctx, projectId))!;
  const file = buildExportFile({ contents: "project", project: data.project, assessments: data.assessments, exportedAt });
  return { file, archive: buildProjectArchive(file, await loadEvidenceBytesForOrg(ctx, data.assessments.map((a) => a.id))) };
}

const duringOf = async (ctx: SessionContext, projectId: string) =>
  (await listAssessmentFactsForProject(ctx, (await getProjectForOrg(ctx, projectId))!)).find((a) => a.kind === "during")!;

beforeAll(async () => {
  await db().insert(organizations).values({ id: fresh.organizationId, name: fresh.organizationName, slug: "archive" });
  originalId = await seedProject(db(), DEMO_ORGANIZATION_ID, { ...demoProjects[0]!, name: "档案项目" });
  const during = await duringOf(demo, originalId);
  const sectionId = ownRiskSections(getChecklist("during", during.checklistVersion))[0]!.id;
  const own = await addOwnRiskForOrg(demo, { assessmentId: during.id, sectionId, title: "Road to the wells floods", description: "From May to July." });
  await db().insert(risks).values({ organizationId: DEMO_ORGANIZATION_ID, assessmentId: during.id, criterionId: own.criterionId, likelihood: 4, impact: 4, status: "open", notes: "" });
  await addEvidenceFileForOrg(demo, { assessmentId: during.id, criterionId: own.criterionId, name: "route-map.pdf", bytes: SAMPLE_PDF });
  await addEvidenceFileForOrg(demo, { assessmentId: during.id, criterionId: [...during.risks.keys()][0]!, name: "路线图.pdf", bytes: SAMPLE_PDF });
  ({ archive } = await archiveOf(demo, originalId));
});

describe("a project archive imported into a fresh organisation", () => {
  let importedId: string;

  it("names each file with its checksum and carries the own risk", async () => {
    const read = await readProjectArchive(archive);
    if (!read.ok) throw new Error(read.message);
    const during = read.contents.file.assessments.find((a) => a.kind === "during")!;
    // The demo project has one risk of its own already (D.OWN.1); this one is the second.
    expect(during.ownRisks).toMatchObject([{ criterionId: "D.OWN.1" }, { criterionId: "D.OWN.2", title: "Road to the wells floods" }]);
    expect(during.files.map((f) => [f.criterionId === "D.OWN.2", f.name, f.sha256.length])).toEqual([[true, "route-map.pdf", 64], [false, "路线图.pdf", 64]]);
    // The same bytes twice: one entry in the zip, one blob to keep.
    expect(read.contents.blobs.size).toBe(1);
  });

  it("brings every file, byte for byte, and the same report numbers", async () => {
    const read = await readProjectArchive(archive);
    if (!read.ok) throw new Error(read.message);
    const { file, blobs } = read.contents;
    verifyImportFile(file);
    const outcome = await importProjectForOrg(fresh, file, (stored, assessments) => verifyStoredImport(file, stored, assessments), blobs);
    importedId = outcome.projectId;
    expect(outcome).toMatchObject({ filesNamed: 2, filesKept: 2 });
    const original = await duringOf(demo, originalId);
    const imported = await duringOf(fresh, importedId);
    const files = await listEvidenceFilesForOrg(fresh, imported.id);
    expect(files.map((f) => [f.name, f.sha256, f.addedByName])).toEqual((await listEvidenceFilesForOrg(demo, original.id)).map((f) => [f.name, f.sha256, f.addedByName]));
    for (const f of files) expect(Buffer.from((await getEvidenceFileForOrg(fresh, f.id)).bytes).equals(Buffer.from(SAMPLE_PDF))).toBe(true);
    const project = (await getProjectForOrg(fresh, importedId))!;
    const report = buildAssessmentReport(project, imported);
    const originalReport = buildAssessmentReport((await getProjectForOrg(demo, originalId))!, original);
    expect(report.register?.heatMap).toEqual(originalReport.register?.heatMap);
    expect(report.register?.ranked.find((r) => r.item.id === "D.OWN.2")).toMatchObject({ score: 16, rating: "High", item: { ownRisk: true } });
    expect(report.register?.ranked.map((r) => r.item.id)).toEqual(originalReport.register?.ranked.map((r) => r.item.id));
    // Another export of the copy is the same archive's file: nothing was lost on the way.
    expect((await archiveOf(fresh, importedId)).file).toEqual(read.contents.file);
  });

  it("is refused whole when the files do not fit the organisation's allowance", async () => {
    const read = await readProjectArchive(archive);
    if (!read.ok) throw new Error(read.message);
    const before = await snapshotTables(db());
    process.env.EVIDENCE_QUOTA_MB = "0";
    try {
      const error = await importProjectForOrg(fresh, read.contents.file, () => {}, read.contents.blobs).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as UserFacingError).ref).toBe("errors.evidenceQuota");
    } finally {
      delete process.env.EVIDENCE_QUOTA_MB;
    }
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("from its JSON alone keeps the own risk and none of the files", async () => {
    const read = await readProjectArchive(archive);
    if (!read.ok) throw new Error(read.message);
    const { file } = read.contents;
    const outcome = await importProjectForOrg(fresh, file, (stored, assessments) => verifyStoredImport(file, stored, assessments));
    expect(outcome).toMatchObject({ filesNamed: 2, filesKept: 0 });
    const imported = await duringOf(fresh, outcome.projectId);
    expect(imported.ownRisks).toMatchObject([{ criterionId: "D.OWN.1" }, { criterionId: "D.OWN.2" }]);
    expect(await listEvidenceFilesForOrg(fresh, imported.id)).toEqual([]);
  });
});
