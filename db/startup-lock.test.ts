import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { ensureDemoOrganization } from "./seed";
import { withStartupLock } from "./startup-lock";
import { serverUrl } from "./testing/temporary-database";

/**
 * Several instances started together on one new PostgreSQL database: each opens it (migrations,
 * then the demo organisation) under the start-up lock, so all of them come up and the migrations
 * are recorded once. PGlite has one process per folder (its folder lock) and needs no such lock.
 */
const onPostgres = process.env.TEST_DATABASE === "postgres";
const admin = onPostgres ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;
const name = `startup_lock_${Date.now()}`;
afterAll(async () => {
  await admin?.unsafe(`drop database if exists ${name} with (force)`);
  await admin?.end();
});

describe.runIf(onPostgres)("instances starting together on one PostgreSQL database", () => {
  it("all come up, each migration is applied once, there is one demo organisation", async () => {
    await admin!.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const target = { url: url.toString() };
    const opened = await Promise.all(
      Array.from({ length: 4 }, () =>
        withStartupLock(target, async () => {
          const db = await openDatabase(target);
          await ensureDemoOrganization(db.db, { withSample: true });
          return db;
        }),
      ),
    );
    const check = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      const migrations = await check`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`;
      expect(migrations.length).toBeGreaterThan(10);
      expect(migrations.every((m) => m.n === 1)).toBe(true);
      const organisations = await check`select id from organization where slug = 'demo'`;
      expect(organisations).toHaveLength(1);
    } finally {
      await check.end();
      await Promise.all(opened.map((o) => o.close()));
    }
  });
});
