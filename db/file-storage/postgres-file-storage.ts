import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { fileBlobs } from "../schema";
import type { FileStorage } from "./file-storage";

/** Bytes in the file_blob table: written in the same transaction as the row that names them. */
export const postgresFileStorage: FileStorage = {
  kind: "postgres",
  async put({ key, organizationId, bytes }, tx) {
    const db = tx ?? (await getDb());
    await db.insert(fileBlobs).values({ key, organizationId, size: bytes.byteLength, bytes });
  },
  async get({ key, organizationId }) {
    const db = await getDb();
    const [row] = await db
      .select({ bytes: fileBlobs.bytes })
      .from(fileBlobs)
      .where(and(eq(fileBlobs.organizationId, organizationId), eq(fileBlobs.key, key)));
    return row ? new Uint8Array(row.bytes) : null;
  },
  async delete({ key, organizationId }, tx) {
    const db = tx ?? (await getDb());
    await db.delete(fileBlobs).where(and(eq(fileBlobs.organizationId, organizationId), eq(fileBlobs.key, key)));
  },
};
