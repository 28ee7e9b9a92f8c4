import type { DbOrTx } from "../client";

/**
 * Where evidence files' bytes live: PostgreSQL by default, an S3-compatible bucket when
 * S3_BUCKET is set (README, "File storage"). Rows that describe a file (its name, type, who
 * added it) are always in PostgreSQL; a store only keeps bytes under a key.
 */
export type FileStorage = {
  readonly kind: "postgres" | "s3";
  /** Keeps the bytes under a new key. With PostgreSQL, inside the caller's transaction. */
  put(input: { key: string; organizationId: string; bytes: Uint8Array }, tx?: DbOrTx): Promise<void>;
  /** The bytes, or null when this organisation keeps nothing under that key. */
  get(file: StoredFileRef): Promise<Uint8Array | null>;
  /** Forgets the bytes; a key with nothing under it is no error. */
  delete(file: StoredFileRef, tx?: DbOrTx): Promise<void>;
};

/** A file's key and the organisation it belongs to: every read names both (a key alone opens nothing). */
export type StoredFileRef = { key: string; organizationId: string };

/** Whether a key was made for this organisation (newStorageKey); the bucket has no other fence. */
export const keyBelongsTo = ({ key, organizationId }: StoredFileRef) => key.startsWith(`${organizationId}/`);

/** A new key for one organisation's file: its organisation first, so a bucket can be read by tenant. */
export function newStorageKey(organizationId: string): string {
  return `${organizationId}/${crypto.randomUUID()}`;
}

let chosen: Promise<FileStorage> | null = null;

/** The store this server is configured with (read once). */
export function getFileStorage(): Promise<FileStorage> {
  chosen ??= process.env.S3_BUCKET
    ? import("./s3-file-storage").then((m) => m.s3FileStorageFromEnv())
    : import("./postgres-file-storage").then((m) => m.postgresFileStorage);
  return chosen;
}
