import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../client";
import { DEMO_ORGANIZATION_ID } from "../demo-organization";
import { migrationsUpTo } from "../testing/migrations-up-to";
import { orgScopedCases, seedParents } from "../testing/org-scoped-cases";
import { rawRows } from "../raw-rows";
import { openTestDatabase } from "../testing/temporary-database";

// Deployments already hold rows when the composite foreign keys arrive: every child table has rows
// (each consistent with its parent's organisation, as the queries always wrote them) before the
// migration, and the migration must apply on them and keep them.
const before = "0005_four_eyes";
const organizations = [DEMO_ORGANIZATION_ID, "second-org"];

let opened: OpenDatabase;
let countsBefore: Record<string, number>;

// The tables that already existed then; later ones start with their keys.
const olderCases = orgScopedCases.filter((c) => !c.createdBy);

const counts = async () => {
  const out: Record<string, number> = {};
  for (const { child } of olderCases) {
    const [row] = await rawRows<{ n: number }>(opened.db, sql`select count(*)::int as n from ${sql.identifier(child)}`);
    out[child] = row!.n;
  }
  return out;
};

beforeAll(async () => {
  opened = await openTestDatabase(migrationsUpTo(before));
  for (const org of organizations) {
    await opened.db.execute(sql`insert into organization (id, name, slug) values (${org}, ${org}, ${org})`);
    for (const { parent, insert } of olderCases) {
      const own = await seedParents(opened.db, org);
      await insert(opened.db, org, own[parent], own);
    }
  }
  countsBefore = await counts();
  await opened.migrate();
});
afterAll(() => opened?.close());

describe("the org-scoped foreign keys migration", () => {
  it("applies on a populated database and keeps every row", async () => {
    expect(Object.values(countsBefore).every((n) => n > 0)).toBe(true);
    expect(await counts()).toEqual(countsBefore);
  });

  it("leaves only the composite keys between tenant tables", async () => {
    const keys = await rawRows<{ name: string; columns: number }>(
      opened.db,
      sql`select conname as name, array_length(conkey, 1) as columns from pg_constraint
          where contype = 'f' and confrelid::regclass::text in ('project', 'partner', 'assessment', 'risk')`,
    );
    expect(keys.map((k) => k.name).sort()).toEqual(orgScopedCases.map((c) => c.constraint).sort());
    expect(keys.every((k) => k.columns === 2)).toBe(true);
  });
});
