import path from "node:path";
import type { Logger } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { acquireFolderLock } from "./folder-lock";
import { withStartupLock } from "./startup-lock";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A database handle or an open transaction: queries accept either. */
export type DbOrTx = Parameters<Parameters<Db["transaction"]>[0]>[0] | Db;

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

export type OpenDatabase = {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
  /** Applies the folder's pending migrations (the app's by default). */
  migrate: (folder?: string) => Promise<void>;
  /**
   * The same connection seen through a drizzle logger, which is told every statement before it runs.
   * Database tests install this as the app's database with the tenant-filter sentinel
   * (db/testing/tenant-sentinel.ts); the app itself never logs its statements.
   */
  watched: (logger: Logger) => Db;
};

export const appMigrationsFolder = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

/**
 * Opens a database and applies pending migrations. Used by the app (once) and by tests and benches;
 * a migration test passes an older folder to start from an earlier schema.
 */
export async function openDatabase(target: DatabaseTarget, migrationsFolder = appMigrationsFolder()): Promise<OpenDatabase> {
  if ("url" in target) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(target.url, { max: 10, onnotice: () => {} });
    const db = drizzle({ client, schema });
    const apply = (folder = appMigrationsFolder()) => migrate(db, { migrationsFolder: folder });
    await closingOnFailure(() => apply(migrationsFolder), () => client.end());
    const watched = (logger: Logger) => drizzle({ client, schema, logger }) as unknown as Db;
    return { db: db as unknown as Db, kind: "postgres", close: () => client.end(), migrate: apply, watched };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const release = "dataDir" in target ? await acquireFolderLock(target.dataDir) : async () => {};
  const client = await closingOnFailure(async () => ("dataDir" in target ? new PGlite(target.dataDir) : new PGlite()), release);
  const close = async () => {
    await client.close();
    await release();
  };
  const db = drizzle({ client, schema });
  const apply = (folder = appMigrationsFolder()) => migrate(db, { migrationsFolder: folder });
  await closingOnFailure(() => apply(migrationsFolder), close);
  const watched = (logger: Logger) => drizzle({ client, schema, logger }) as unknown as Db;
  return { db: db as unknown as Db, kind: "pglite", migrate: apply, close, watched };
}

/** A failed open lets go of what it took (connections, the folder's lock), so that the next try can succeed. */
async function closingOnFailure<T>(step: () => Promise<T>, close: () => Promise<unknown>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** Where the app's database lives: DATABASE_URL if set, else an embedded PGlite folder. */
export function targetFromEnv(): DatabaseTarget {
  const url = process.env.DATABASE_URL;
  if (url) return { url };
  const dir = process.env.PGLITE_DIR ?? ".data/pglite";
  return { dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir) };
}

type DbGlobal = { __riskDb?: Promise<OpenDatabase> };
const store = globalThis as unknown as DbGlobal;

/**
 * The app's one database, opened lazily: opening at import time would make `next build` touch the
 * data folder, and keeping it on globalThis stops dev reloads from opening a second PGlite on it.
 */
export async function getDb(): Promise<Db> {
  if (!store.__riskDb) {
    const target = targetFromEnv();
    const opening = withStartupLock(target, async () => {
      const opened = await openDatabase(target);
      const { ensureDemoOrganization } = await import("./seed");
      await closingOnFailure(() => ensureDemoOrganization(opened.db, { withSample: process.env.SEED_DEMO !== "false" }), opened.close);
      // Settled versions with no scores from the current rules (seeded, imported, rules changed) get them now.
      const { refreshStoredScores } = await import("./queries/stored-scores");
      await closingOnFailure(() => refreshStoredScores(opened.db), opened.close);
      return opened;
    });
    store.__riskDb = opening;
    // A failed open (the folder still locked, the server not up yet) is not kept: the next request
    // tries again. Only this attempt is dropped, never a database installed since.
    opening.catch(() => {
      if (store.__riskDb === opening) store.__riskDb = undefined;
    });
  }
  return (await store.__riskDb).db;
}

/** Tests and benches install their own database here. */
export function useDatabase(opened: OpenDatabase | undefined) {
  store.__riskDb = opened ? Promise.resolve(opened) : undefined;
}
