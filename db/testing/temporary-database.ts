import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type OpenDatabase } from "../client";

export const serverUrl = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database for one test file: in-memory PGlite, or a new database on the server. */
export async function openTestDatabase(migrationsFolder?: string): Promise<OpenDatabase> {
  if (process.env.TEST_DATABASE !== "postgres") return openDatabase({ memory: true }, migrationsFolder);
  const name = `risk_test_${randomUUID().replaceAll("-", "")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const opened = await openDatabase({ url: withDatabase(serverUrl, name) }, migrationsFolder);
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

