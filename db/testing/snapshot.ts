import { eq, getTableColumns, getTableName, is, sql, type SQL } from "drizzle-orm";
import { PgTable, type PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import * as schema from "../schema";

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

export type TableSnapshot = Record<string, { rows: number; hash: string }>;

/** The rows of one organisation: its own row, rows carrying its id, sessions working in it; other tables whole. */
function ofOrganization(table: PgTable, organizationId: string): SQL | undefined {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  if (table === schema.organizations) return eq(schema.organizations.id, organizationId);
  const column = columns.organizationId ?? columns.activeOrganizationId;
  return column ? eq(column, organizationId) : undefined;
}

/**
 * Every table of the schema as a row count and a hash of all its rows (every column, updated_at
 * included), so a test can assert that an operation changed nothing at all. Given an
 * organisation, only that organisation's rows of each table (see ofOrganization).
 */
export async function snapshotTables(db: Db, organizationId?: string): Promise<TableSnapshot> {
  const snapshot: TableSnapshot = {};
  for (const table of tables) {
    const [row] = await db
      .select({
        rows: sql<number>`count(*)::int`,
        hash: sql<string>`coalesce(md5(string_agg(${table}::text, '|' order by ${table}::text)), '')`,
      })
      .from(table)
      .where(organizationId === undefined ? undefined : ofOrganization(table, organizationId));
    snapshot[getTableName(table)] = { rows: Number(row!.rows), hash: row!.hash };
  }
  return snapshot;
}

/** The names of every table in the schema; a snapshot must cover all of them. */
export const tableNames = tables.map((t) => getTableName(t));
