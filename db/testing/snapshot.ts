import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import * as schema from "../schema";

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

export type TableSnapshot = Record<string, { rows: number; hash: string }>;

/**
 * Every table of the schema as a row count and a hash of all its rows (every column, updated_at
 * included), so a test can assert that an operation changed nothing at all.
 */
export async function snapshotTables(db: Db): Promise<TableSnapshot> {
  const snapshot: TableSnapshot = {};
  for (const table of tables) {
    const [row] = await db
      .select({
        rows: sql<number>`count(*)::int`,
        hash: sql<string>`coalesce(md5(string_agg(${table}::text, '|' order by ${table}::text)), '')`,
      })
      .from(table);
    snapshot[getTableName(table)] = { rows: Number(row!.rows), hash: row!.hash };
  }
  return snapshot;
}

/** The names of every table in the schema; a snapshot must cover all of them. */
export const tableNames = tables.map((t) => getTableName(t));
