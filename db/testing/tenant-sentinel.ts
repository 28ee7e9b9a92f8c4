import { tryGetCurrentAuthEndpointContext } from "@better-auth/core/context";
import { getTableColumns, getTableName, is, type Logger } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import * as schema from "../schema";

/**
 * The tenant-filter sentinel of database tests. Installed as the drizzle logger of the database the
 * app's queries use in tests (setupTestDatabase), it is told every statement before it runs and
 * records each one that reads, updates or deletes a tenant table without an
 * `"organization_id" = $n` condition. db/testing/setup.ts fails the test (and so the file) when
 * anything was recorded: a query that forgets inOrganisation / visibleProjects / visibleAssessments
 * (db/queries/scope.ts) cannot pass the suite.
 *
 * Statements a test makes itself through `db()` (fixtures, snapshots, direct checks) and the
 * migrations go through the unwatched handle of the same connection, so they are not seen here.
 */

/** Every table with an organization_id column, from the drizzle schema: a new tenant table is watched at once. */
export const tenantTables: ReadonlySet<string> = new Set(
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .filter((table) => Object.values(getTableColumns(table)).some((column) => column.name === "organization_id"))
    .map((table) => getTableName(table)),
);

/**
 * Statements that may touch a tenant table without naming the organisation, each with why. Keep it
 * small: a query of the app belongs here only when no organisation is known yet or the row's id is
 * itself the secret.
 */
const allowed: Array<{ why: string; matches: (sql: string) => boolean }> = [
  {
    // listMembershipsOfUser (db/queries/members.ts), and Better Auth's own look-ups of a user's
    // memberships: the session is being resolved, its organisation is what they find out.
    why: "a person's own memberships, by user",
    matches: (sql) => /^select .* from "member"( inner join "organization" on [^)]*\)?)? where \(?"member"\."user_id" = \$\d+\)?( order by .*)?( limit \$\d+)?$/.test(sql),
  },
  {
    // getInvitationById (db/queries/membership-admin.ts) and Better Auth's acceptance: the link's
    // id is the secret, and the invitee is no member of the organisation yet.
    why: "an invitation by its id",
    matches: (sql) => /^select .* from "invitation"( inner join "organization" on [^)]*\)?)? where \(?"invitation"\."id" = \$\d+\)?( limit \$\d+)?$/.test(sql),
  },
];

export type UnscopedStatement = { sql: string; params: unknown[]; tables: string[]; test: string };

const reads = /^\s*(select|update|delete|with)\b/i;
const tableNames = /\b(?:from|join|update)\s+"([^"]+)"/gi;
const organisationCondition = /"organization_id"\s*=\s*\$\d+/;

/** The tenant tables a statement reads, updates or deletes without an organisation condition; none when it is scoped or allowed. */
export function unscopedTenantTables(sql: string): string[] {
  if (!reads.test(sql)) return []; // inserts set organization_id from the scope; they filter nothing
  const tables = [...new Set([...sql.matchAll(tableNames)].map((m) => m[1]!))].filter((t) => tenantTables.has(t));
  if (tables.length === 0 || organisationCondition.test(sql)) return [];
  if (allowed.some((a) => a.matches(sql))) return [];
  return tables;
}

const recorded: UnscopedStatement[] = [];

/** The drizzle logger that records unscoped statements. */
let counting: string[] | null = null;

/** Runs `work` and answers with the SQL statements the app sent meanwhile (through drizzle's logger). */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  counting = [];
  try {
    const result = await work();
    return { result, statements: counting };
  } finally {
    counting = null;
  }
}

export const tenantSentinel: Logger = {
  logQuery(sql, params) {
    counting?.push(sql);
    // Better Auth's own statements (its adapter, while one of its endpoints runs) check the
    // organisation in the library's code, by member and invitation ids; they are not our queries.
    // The endpoints the app lets through are probed in app/api/auth/endpoint-access.test.ts.
    if (tryGetCurrentAuthEndpointContext()) return;
    const tables = unscopedTenantTables(sql);
    if (tables.length === 0) return;
    const test = expect.getState().currentTestName;
    recorded.push({ sql, params, tables, test: test ?? "(outside a test: beforeAll or afterAll)" });
  },
};

/** What was recorded since the last call, which forgets it. */
export function takeUnscopedStatements(): UnscopedStatement[] {
  return recorded.splice(0, recorded.length);
}

export function describeUnscoped(list: UnscopedStatement[]): string {
  const lines = list.map((s) => `- in "${s.test}", ${s.tables.join(", ")}: ${s.sql}`);
  return `${list.length} statement(s) read or changed a tenant table without "organization_id" = $n (use inOrganisation / visibleProjects / visibleAssessments from db/queries/scope.ts):\n${lines.join("\n")}`;
}
