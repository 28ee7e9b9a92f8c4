import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../client";
import { migrationsUpTo } from "../testing/migrations-up-to";
import { rawRows } from "../raw-rows";
import { openTestDatabase } from "../testing/temporary-database";

// The series migration must give every existing line of versions one key and mark its newest
// version current, on data written before it existed. So: migrate to the schema before it, write
// rows as that schema had them, then apply the rest and look.
const before = "0001_accounts_review_audit";

let opened: OpenDatabase;
const ids = {
  project: "10000000-0000-4000-8000-000000000001",
  otherProject: "10000000-0000-4000-8000-000000000002",
  partner: "20000000-0000-4000-8000-000000000001",
};
const a = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;

beforeAll(async () => {
  opened = await openTestDatabase(migrationsUpTo(before));
  const db = opened.db;
  await db.execute(sql`insert into organization (id, name, slug) values ('org', 'Org', 'org')`);
  for (const id of [ids.project, ids.otherProject]) {
    await db.execute(sql`insert into project (id, organization_id, name, host_country, sector, participation_mode, budget, currency, start_date, end_date)
      values (${id}, 'org', 'P', 'KE', 'Health', 'territorial', 1, 'EUR', '2026-01-01', '2026-12-31')`);
  }
  await db.execute(sql`insert into partner (id, organization_id, name, country) values (${ids.partner}, 'org', 'Partner', 'KE')`);
  // Three versions of one project's BEFORE, one BEFORE of another project, two of a partner's due diligence.
  const rows: Array<[string, string, string | null, string, number, string]> = [
    [a(1), ids.project, null, "before", 1, "returned"],
    [a(2), ids.project, null, "before", 2, "approved"],
    [a(3), ids.project, null, "before", 3, "draft"],
    [a(4), ids.otherProject, null, "before", 1, "draft"],
    [a(5), ids.project, ids.partner, "partner", 1, "returned"],
    [a(6), ids.otherProject, ids.partner, "partner", 2, "draft"],
  ];
  for (const [id, projectId, partnerId, kind, version, status] of rows) {
    await db.execute(sql`insert into assessment (id, organization_id, project_id, partner_id, kind, participation_mode, checklist_version, status, version)
      values (${id}, 'org', ${projectId}, ${partnerId}, ${kind}, 'territorial', 1, ${status}, ${version})`);
  }
  await opened.migrate();
});
afterAll(() => opened?.close());

describe("the assessment series migration", () => {
  it("gives each line of versions the id of its first version and marks only the newest current", async () => {
    const rows = await rawRows<{ id: string; series_id: string; is_current: boolean }>(
      opened.db,
      sql`select id, series_id, is_current from assessment order by id`,
    );
    expect(rows.map((r) => [r.id, r.series_id, r.is_current])).toEqual([
      [a(1), a(1), false],
      [a(2), a(1), false],
      [a(3), a(1), true],
      [a(4), a(4), true],
      // A partner's due diligence is one line across projects: it was continued under another project.
      [a(5), a(5), false],
      [a(6), a(5), true],
    ]);
  });

  it("leaves the database refusing a second current version of a series", async () => {
    await expect(opened.db.execute(sql`update assessment set is_current = true where id = ${a(2)}`)).rejects.toThrow();
  });
});
