import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../client";
import { startFakeS3 } from "../testing/fake-s3-server";
import { demo, other } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { newStorageKey, type FileStorage } from "./file-storage";
import { postgresFileStorage } from "./postgres-file-storage";
import { s3FileStorage, s3SettingsFromEnv } from "./s3-file-storage";

setupTestDatabase();
let fake: Awaited<ReturnType<typeof startFakeS3>>;
let s3: FileStorage;
beforeAll(async () => {
  fake = await startFakeS3();
  s3 = s3FileStorage(
    s3SettingsFromEnv({ S3_BUCKET: "evidence", S3_ENDPOINT: fake.endpoint, S3_FORCE_PATH_STYLE: "1", S3_ACCESS_KEY_ID: "test", S3_SECRET_ACCESS_KEY: "test" }),
  );
});
afterAll(() => fake.close());

// The same behaviour from both stores: the app never knows which one it writes to.
describe.each([
  ["PostgreSQL", () => postgresFileStorage],
  ["an S3 bucket", () => s3],
])("file storage in %s", (_name, storage) => {
  const org = demo.organizationId;

  it("gives back exactly the bytes it was given", async () => {
    const bytes = new Uint8Array(randomBytes(300_000));
    bytes[0] = 0; // a zero byte first: nothing on the way may treat the file as text
    const key = newStorageKey(org);
    await storage().put({ key, organizationId: org, bytes });
    const back = await storage().get({ key, organizationId: org });
    expect(back && Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  });

  it("answers nothing for a key it does not keep, or one asked for by another organisation", async () => {
    const key = newStorageKey(org);
    await storage().put({ key, organizationId: org, bytes: new Uint8Array([1, 2, 3]) });
    expect(await storage().get({ key: newStorageKey(org), organizationId: org })).toBeNull();
    expect(await storage().get({ key, organizationId: other.organizationId })).toBeNull();
  });

  it("forgets a file it deletes, and deleting twice is no error", async () => {
    const key = newStorageKey(org);
    await storage().put({ key, organizationId: org, bytes: new Uint8Array([9]) });
    await storage().delete({ key, organizationId: org });
    await storage().delete({ key, organizationId: org });
    expect(await storage().get({ key, organizationId: org })).toBeNull();
  });
});

describe("file storage in PostgreSQL", () => {
  it("keeps nothing when the transaction that wrote the bytes is rolled back", async () => {
    const key = newStorageKey(demo.organizationId);
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await postgresFileStorage.put({ key, organizationId: demo.organizationId, bytes: new Uint8Array([7]) }, tx);
        throw new Error("the row that names the file was refused");
      }),
    ).rejects.toThrow("refused");
    expect(await postgresFileStorage.get({ key, organizationId: demo.organizationId })).toBeNull();
  });
});

describe("file storage in an S3 bucket", () => {
  it("keeps each organisation's files under its own prefix in the bucket", async () => {
    const key = newStorageKey(demo.organizationId);
    await s3.put({ key, organizationId: demo.organizationId, bytes: new Uint8Array([5]) });
    expect(fake.objects.has(`/evidence/${key}`)).toBe(true);
    expect(key.startsWith(`${demo.organizationId}/`)).toBe(true);
    await expect(s3.put({ key: newStorageKey(other.organizationId), organizationId: demo.organizationId, bytes: new Uint8Array([5]) })).rejects.toThrow();
  });
});
