import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/domain/session-context";
import { AssessmentFrozenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { SAMPLE_PDF as pdf, WINDOWS_PROGRAM as windowsProgram } from "@/lib/evidence/testing/sample-files";
import { auditLog, evidenceFiles, fileBlobs } from "../schema";
import { demo, other, projectValues } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { submitAssessmentForOrg } from "./assessment-writes";
import { getAssessmentForOrg, startAssessmentForOrg } from "./assessments";
import { addEvidenceFileForOrg, getEvidenceFileForOrg, listEvidenceFilesForOrg, removeEvidenceFileForOrg } from "./evidence-files";
import { createProjectForOrg } from "./projects";
import { returnAssessmentForOrg } from "./review";

const db = setupTestDatabase();
const manager: SessionContext = { ...demo, userId: "manager-user", userName: "Malik Manager", role: "manager" };

async function draft(name: string) {
  const projectId = await createProjectForOrg(demo, projectValues({ name }));
  return startAssessmentForOrg(demo, { projectId, kind: "before", partnerId: null });
}
const attach = (assessmentId: string, bytes = pdf, name = "registration.pdf") =>
  addEvidenceFileForOrg(demo, { assessmentId, criterionId: "B.CTX.1", name, bytes });
const blobCount = async () => (await db().select().from(fileBlobs)).length;

afterEach(() => {
  delete process.env.EVIDENCE_QUOTA_MB;
});

describe("evidence files", () => {
  it("keeps a file on an item, names who added it, and gives back the same bytes", async () => {
    const id = await draft("Evidence kept");
    const added = await attach(id, pdf, "C:\\scans\\注册证书.pdf");
    expect(added).toMatchObject({ criterionId: "B.CTX.1", name: "注册证书.pdf", mediaType: "application/pdf", size: pdf.byteLength, addedByName: demo.userName });
    expect(await listEvidenceFilesForOrg(demo, id)).toEqual([added]);
    const { bytes } = await getEvidenceFileForOrg(demo, added.id);
    expect(Buffer.from(bytes).equals(Buffer.from(pdf))).toBe(true);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "evidence.add"), eq(auditLog.entityId, added.id)));
    expect(entry?.after).toMatchObject({ name: "注册证书.pdf", sha256: added.sha256 });
    // The report reads them with the assessment.
    expect((await getAssessmentForOrg(demo, id))?.facts.files).toEqual([{ id: added.id, criterionId: "B.CTX.1", name: "注册证书.pdf", mediaType: "application/pdf", size: pdf.byteLength, sha256: added.sha256, createdAt: added.createdAt, addedByName: demo.userName }]);
  });

  it("refuses a Windows program called .pdf, and keeps nothing of it", async () => {
    const id = await draft("Evidence refused");
    const blobs = await blobCount();
    await expect(attach(id, windowsProgram, "certificate.pdf")).rejects.toThrow(UserFacingError);
    expect(await listEvidenceFilesForOrg(demo, id)).toEqual([]);
    expect(await blobCount()).toBe(blobs);
  });

  it("refuses a file over the organisation's allowance, keeping nothing", async () => {
    const id = await draft("Evidence over quota");
    process.env.EVIDENCE_QUOTA_MB = "0";
    const blobs = await blobCount();
    await expect(attach(id)).rejects.toThrow(/storage for files is full/);
    expect(await blobCount()).toBe(blobs);
  });

  it("is not found by another organisation, by its id or in a list", async () => {
    const id = await draft("Evidence private");
    const added = await attach(id);
    await expect(getEvidenceFileForOrg(other, added.id)).rejects.toThrow(NotFoundError);
    await expect(removeEvidenceFileForOrg(other, added.id)).rejects.toThrow(NotFoundError);
    expect(await listEvidenceFilesForOrg(other, id)).toEqual([]);
  });

  it("is frozen with a submitted version, and carried into the next one by reference", async () => {
    const id = await draft("Evidence frozen");
    const added = await attach(id);
    await submitAssessmentForOrg(demo, id);
    await expect(removeEvidenceFileForOrg(demo, added.id)).rejects.toThrow(AssessmentFrozenError);
    await expect(attach(id)).rejects.toThrow(AssessmentFrozenError);

    const blobs = await blobCount();
    const next = await returnAssessmentForOrg(manager, id, { comment: "Add the audit report", items: [] });
    const [carried] = await listEvidenceFilesForOrg(demo, next);
    expect(carried).toMatchObject({ name: added.name, sha256: added.sha256 });
    expect(await blobCount()).toBe(blobs); // the same bytes, not a copy

    // Removed from the new draft, the file stays with the submitted version.
    await removeEvidenceFileForOrg(demo, carried!.id);
    expect(await listEvidenceFilesForOrg(demo, next)).toEqual([]);
    expect((await getEvidenceFileForOrg(demo, added.id)).bytes.byteLength).toBe(pdf.byteLength);
    expect(await blobCount()).toBe(blobs);
  });

  it("frees the bytes when the last version pointing at them lets go", async () => {
    const id = await draft("Evidence removed");
    const added = await attach(id);
    const blobs = await blobCount();
    await removeEvidenceFileForOrg(demo, added.id);
    expect(await blobCount()).toBe(blobs - 1);
    expect(await db().select().from(evidenceFiles).where(eq(evidenceFiles.id, added.id))).toEqual([]);
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "evidence.remove"), eq(auditLog.entityId, added.id)));
    expect(entry?.before).toMatchObject({ criterionId: "B.CTX.1", name: "registration.pdf" });
  });
});
