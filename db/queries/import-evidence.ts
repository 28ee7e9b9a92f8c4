import type { ExportFile } from "@/lib/exports/format-schema";
import type { SessionContext } from "@/lib/domain/session-context";
import { UserFacingError } from "@/lib/errors";
import type { DbOrTx } from "../client";
import { getFileStorage, newStorageKey, type FileStorage } from "../file-storage/file-storage";
import { evidenceFiles, ownRisks } from "../schema";
import { bytesKept, evidenceQuotaBytes, lockEvidenceQuota } from "./evidence-files";

/** The bytes of a project archive's files, by SHA-256 (lib/exports/project-archive.ts checked them). */
export type ArchiveBlobs = ReadonlyMap<string, { bytes: Uint8Array; mediaType: string }>;

/** Keys written to a bucket by an import, to take back if its transaction fails. */
export type StoredKeys = { storage: FileStorage; keys: string[] };

/** The own risks of one imported assessment: the importing user stands in as who added them. */
export async function insertOwnRisks(tx: DbOrTx, ctx: SessionContext, assessmentId: string, list: ExportFile["assessments"][number]["ownRisks"]) {
  if (!list.length) return;
  await tx.insert(ownRisks).values(
    list.map((o) => ({
      organizationId: ctx.organizationId,
      assessmentId,
      criterionId: o.criterionId,
      sectionId: o.sectionId,
      title: o.title,
      description: o.description,
      addedById: ctx.userId,
      addedByName: o.addedByName,
      createdAt: new Date(o.addedAt),
    })),
  );
}

/**
 * Keeps the archive's files and points the imported versions at them: each distinct file is stored
 * once (versions share it, as versions made here do), within the organisation's allowance.
 * `assessmentIds` are the new ids, in file order. Returns how many file rows were written.
 */
export async function insertImportedEvidence(
  tx: DbOrTx,
  ctx: SessionContext,
  file: ExportFile,
  assessmentIds: readonly string[],
  blobs: ArchiveBlobs,
  stored: StoredKeys,
): Promise<number> {
  const named = file.assessments.flatMap((a, i) => a.files.map((f) => ({ ...f, assessmentId: assessmentIds[i]! })));
  if (!named.length) return 0;
  await lockEvidenceQuota(tx, ctx);
  const distinct = new Map(named.map((f) => [f.sha256, blobs.get(f.sha256)!]));
  const incoming = [...distinct.values()].reduce((sum, b) => sum + b.bytes.byteLength, 0);
  if ((await bytesKept(tx, ctx)) + incoming > evidenceQuotaBytes()) throw new UserFacingError("errors.evidenceQuota");
  const keyOf = new Map<string, string>();
  for (const [sha256, blob] of distinct) {
    const key = newStorageKey(ctx.organizationId);
    // A bucket cannot join the transaction: the caller takes these keys back if it rolls back.
    if (stored.storage.kind === "postgres") await stored.storage.put({ key, organizationId: ctx.organizationId, bytes: blob.bytes }, tx);
    else {
      stored.keys.push(key);
      await stored.storage.put({ key, organizationId: ctx.organizationId, bytes: blob.bytes });
    }
    keyOf.set(sha256, key);
  }
  await tx.insert(evidenceFiles).values(
    named.map((f) => ({
      organizationId: ctx.organizationId,
      assessmentId: f.assessmentId,
      criterionId: f.criterionId,
      name: f.name,
      // What the bytes are, as this server decides it, not what the file says.
      mediaType: distinct.get(f.sha256)!.mediaType,
      size: distinct.get(f.sha256)!.bytes.byteLength,
      sha256: f.sha256,
      storageKey: keyOf.get(f.sha256)!,
      addedById: ctx.userId,
      addedByName: f.addedByName,
      createdAt: new Date(f.addedAt),
    })),
  );
  return named.length;
}

export async function storedKeysOfImport(): Promise<StoredKeys> {
  return { storage: await getFileStorage(), keys: [] };
}

/** Takes back what an import that failed wrote to a bucket (best effort: a leftover object harms nobody). */
export async function dropStoredKeys(ctx: SessionContext, stored: StoredKeys) {
  for (const key of stored.keys) await stored.storage.delete({ key, organizationId: ctx.organizationId }).catch(() => {});
}
