import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import { AssessmentFrozenError, NotFoundError, UserFacingError, isUuid } from "@/lib/errors";
import { cleanFileName, detectEvidenceType } from "@/lib/evidence/evidence-file-type";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-limits";
import { getChecklist } from "@/lib/checklists/registry";
import { getDb, type DbOrTx } from "../client";
import { getFileStorage, newStorageKey } from "../file-storage/file-storage";
import { assessments, auditLog, evidenceFiles, ownRisks } from "../schema";
import { recordAudit } from "./audit";
import { lockDraftForOrg } from "./assessments";
import { inOrganisation, visibleAssessments } from "./scope";

export type EvidenceFile = Omit<typeof evidenceFiles.$inferSelect, "organizationId" | "storageKey">;

/** The organisation's allowance for evidence, in bytes (EVIDENCE_QUOTA_MB, 2 GB unless set). */
export const evidenceQuotaBytes = () => Number(process.env.EVIDENCE_QUOTA_MB ?? 2048) * 1024 * 1024;

const publicColumns = {
  id: evidenceFiles.id,
  assessmentId: evidenceFiles.assessmentId,
  criterionId: evidenceFiles.criterionId,
  name: evidenceFiles.name,
  mediaType: evidenceFiles.mediaType,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  addedById: evidenceFiles.addedById,
  addedByName: evidenceFiles.addedByName,
  createdAt: evidenceFiles.createdAt,
};

/** Bytes the organisation keeps: each stored file once, however many versions point at it. */
export async function bytesKept(tx: DbOrTx, ctx: SessionContext): Promise<number> {
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${evidenceFiles.size}), 0)` })
    .from(evidenceFiles)
    .where(
      and(
        inOrganisation(ctx, evidenceFiles),
        sql`${evidenceFiles.id} in (select distinct on (e.storage_key) e.id from evidence_file e where e."organization_id" = ${ctx.organizationId})`,
      ),
    );
  return Number(row?.total ?? 0);
}

/**
 * Uploads (and imports) of one organisation wait for each other here, until the transaction ends,
 * so two at once cannot both fit a space only one of them fits.
 */
export async function lockEvidenceQuota(tx: DbOrTx, ctx: SessionContext) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"evidence-quota:" + ctx.organizationId}))`);
}

/**
 * Attaches a file to one item of a draft. The type comes from the bytes; a file of another type,
 * too large, over the organisation's allowance or for an item the checklist lacks changes nothing.
 * The row, the audit entry and (in PostgreSQL) the bytes are written in one transaction.
 */
export async function addEvidenceFileForOrg(ctx: SessionContext, input: { assessmentId: string; criterionId: string; name: string; bytes: Uint8Array }) {
  const { bytes } = input;
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) throw new UserFacingError("errors.evidenceTooLarge", { max: MAX_EVIDENCE_BYTES / 1024 / 1024 });
  const type = await detectEvidenceType(bytes);
  if (!type) throw new UserFacingError("errors.evidenceType");
  const storage = await getFileStorage();
  const key = newStorageKey(ctx.organizationId);
  const name = cleanFileName(input.name, type);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // A bucket cannot join the transaction: its copy goes first and is taken back if the row is refused.
  const external = storage.kind !== "postgres";
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await lockDraftForOrg(tx, ctx, input.assessmentId);
      await lockEvidenceQuota(tx, ctx);
      const [row] = await tx
        .select({ kind: assessments.kind, checklistVersion: assessments.checklistVersion })
        .from(assessments)
        .where(and(eq(assessments.id, input.assessmentId), visibleAssessments(ctx)));
      const items = getChecklist(row!.kind, row!.checklistVersion).sections.flatMap((s) => s.items);
      if (!items.some((i) => i.id === input.criterionId) && !(await hasOwnRisk(tx, ctx, input.assessmentId, input.criterionId))) {
        throw new NotFoundError("things.checklistItem");
      }
      if ((await bytesKept(tx, ctx)) + bytes.byteLength > evidenceQuotaBytes()) throw new UserFacingError("errors.evidenceQuota");
      if (external) await storage.put({ key, organizationId: ctx.organizationId, bytes });
      else await storage.put({ key, organizationId: ctx.organizationId, bytes }, tx);
      const [file] = await tx
        .insert(evidenceFiles)
        .values({ organizationId: ctx.organizationId, assessmentId: input.assessmentId, criterionId: input.criterionId, name, mediaType: type.mediaType, size: bytes.byteLength, sha256, storageKey: key, addedById: ctx.userId, addedByName: ctx.userName })
        .returning(publicColumns);
      await recordAudit(tx, ctx, { action: "evidence.add", entityType: "evidence", entityId: file!.id, after: { criterionId: input.criterionId, name, size: bytes.byteLength, sha256 } });
      return file!;
    });
  } catch (error) {
    if (external) await storage.delete({ key, organizationId: ctx.organizationId }).catch(() => {});
    throw error;
  }
}

/** The files of one assessment version the session may see, oldest first. */
export async function listEvidenceFilesForOrg(ctx: SessionContext, assessmentId: string): Promise<EvidenceFile[]> {
  if (!isUuid(assessmentId)) return [];
  const db = await getDb();
  return db
    .select(publicColumns)
    .from(evidenceFiles)
    .innerJoin(assessments, and(eq(assessments.id, evidenceFiles.assessmentId), visibleAssessments(ctx)))
    .where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.assessmentId, assessmentId)))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
}

/** One file and its bytes, for a download; not found unless the session may see its assessment. */
export async function getEvidenceFileForOrg(ctx: SessionContext, fileId: string) {
  if (!isUuid(fileId)) throw new NotFoundError("things.evidenceFile");
  const db = await getDb();
  const [row] = await db
    .select({ ...publicColumns, storageKey: evidenceFiles.storageKey })
    .from(evidenceFiles)
    .innerJoin(assessments, and(eq(assessments.id, evidenceFiles.assessmentId), visibleAssessments(ctx)))
    .where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.id, fileId)));
  if (!row) throw new NotFoundError("things.evidenceFile");
  const bytes = await (await getFileStorage()).get({ key: row.storageKey, organizationId: ctx.organizationId });
  if (!bytes) throw new NotFoundError("things.evidenceFile");
  const { storageKey: _, ...file } = row;
  return { file, bytes };
}

/**
 * Takes a file off a draft (a submitted version keeps its files). The bytes go only when no
 * other version still points at them.
 */
export async function removeEvidenceFileForOrg(ctx: SessionContext, fileId: string): Promise<{ alreadyRemoved: boolean }> {
  if (!isUuid(fileId)) throw new NotFoundError("things.evidenceFile");
  const storage = await getFileStorage();
  const db = await getDb();
  // A tab opened before a colleague removed the file: that removal is in this organisation's log,
  // so the tab is told it is gone (and drops the line) instead of "not found".
  const removedBefore = async () => {
    const [entry] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(inOrganisation(ctx, auditLog), eq(auditLog.action, "evidence.remove"), eq(auditLog.entityId, fileId)))
      .limit(1);
    return entry !== undefined;
  };
  const orphan = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: evidenceFiles.id, assessmentId: evidenceFiles.assessmentId, criterionId: evidenceFiles.criterionId, name: evidenceFiles.name, storageKey: evidenceFiles.storageKey })
      .from(evidenceFiles)
      .where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.id, fileId)));
    if (!row) return undefined;
    await lockDraftForOrg(tx, ctx, row.assessmentId);
    await tx.delete(evidenceFiles).where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.id, fileId)));
    await recordAudit(tx, ctx, { action: "evidence.remove", entityType: "evidence", entityId: fileId, before: { criterionId: row.criterionId, name: row.name } });
    const [still] = await tx
      .select({ id: evidenceFiles.id })
      .from(evidenceFiles)
      .where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.storageKey, row.storageKey)))
      .limit(1);
    if (still) return null;
    if (storage.kind === "postgres") await storage.delete({ key: row.storageKey, organizationId: ctx.organizationId }, tx);
    return row.storageKey;
  });
  if (orphan === undefined) {
    if (await removedBefore()) return { alreadyRemoved: true };
    throw new NotFoundError("things.evidenceFile");
  }
  if (orphan && storage.kind !== "postgres") await storage.delete({ key: orphan, organizationId: ctx.organizationId }).catch(() => {});
  return { alreadyRemoved: false };
}

/** Whether the draft has an own risk of that id (the checklist does not list those). */
async function hasOwnRisk(tx: DbOrTx, ctx: SessionContext, assessmentId: string, criterionId: string) {
  const [row] = await tx
    .select({ id: ownRisks.id })
    .from(ownRisks)
    .where(and(inOrganisation(ctx, ownRisks), eq(ownRisks.assessmentId, assessmentId), eq(ownRisks.criterionId, criterionId)));
  return row !== undefined;
}

/**
 * Takes every file off one item of a draft (an own risk being removed), inside the caller's
 * transaction. Bytes kept in PostgreSQL and pointed at by nothing else go with them; the keys of
 * such bytes in a bucket are returned, for dropOrphanedEvidence once the transaction is through.
 */
export async function removeItemEvidence(tx: DbOrTx, ctx: SessionContext, assessmentId: string, criterionId: string): Promise<string[]> {
  const storage = await getFileStorage();
  const removed = await tx
    .delete(evidenceFiles)
    .where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.assessmentId, assessmentId), eq(evidenceFiles.criterionId, criterionId)))
    .returning({ storageKey: evidenceFiles.storageKey });
  const orphans: string[] = [];
  for (const key of new Set(removed.map((r) => r.storageKey))) {
    const [still] = await tx
      .select({ id: evidenceFiles.id })
      .from(evidenceFiles)
      .where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.storageKey, key)))
      .limit(1);
    if (still) continue;
    if (storage.kind === "postgres") await storage.delete({ key, organizationId: ctx.organizationId }, tx);
    else orphans.push(key);
  }
  return orphans;
}

/** Deletes bucket objects nothing points at any more (best effort: a leftover object harms nobody). */
export async function dropOrphanedEvidence(ctx: SessionContext, keys: readonly string[]) {
  if (keys.length === 0) return;
  const storage = await getFileStorage();
  await Promise.all(keys.map((key) => storage.delete({ key, organizationId: ctx.organizationId }).catch(() => {})));
}

/** A new version's rows for the files of the one it continues: the same bytes, by reference. */
export async function carryEvidenceOver(tx: DbOrTx, ctx: SessionContext, fromAssessmentId: string, toAssessmentId: string) {
  const rows = await tx.select().from(evidenceFiles).where(and(inOrganisation(ctx, evidenceFiles), eq(evidenceFiles.assessmentId, fromAssessmentId)));
  if (rows.length === 0) return;
  await tx.insert(evidenceFiles).values(rows.map(({ id: _, ...r }) => ({ ...r, assessmentId: toAssessmentId })));
}
