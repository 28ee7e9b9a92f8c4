import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, useDatabase, type Db, type OpenDatabase } from "../client";
import { ensureDemoOrganization } from "../seed";
import { organizations } from "../schema";

export const serverUrl = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const OTHER_ORGANIZATION_ID = "other-org";

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database for one test file: in-memory PGlite, or a new database on the server. */
export async function openTestDatabase(): Promise<OpenDatabase> {
  if (process.env.TEST_DATABASE !== "postgres") return openDatabase({ memory: true });
  const name = `risk_test_${randomUUID().replaceAll("-", "")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const opened = await openDatabase({ url: withDatabase(serverUrl, name) });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Installs a fresh database as the app's database for this file, with the demo organisation
 * (the session's) and a second organisation for isolation checks. Returns a getter for the db.
 */
export function setupTestDatabase(options: { withSample?: boolean } = {}): () => Db {
  let opened: OpenDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase();
    useDatabase(opened);
    await ensureDemoOrganization(opened.db, { withSample: options.withSample ?? false });
    await opened.db.insert(organizations).values({ id: OTHER_ORGANIZATION_ID, name: "Other NGO", slug: "other" });
  });
  afterAll(async () => {
    useDatabase(undefined);
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error("The test database is not open yet");
    return opened.db;
  };
}
