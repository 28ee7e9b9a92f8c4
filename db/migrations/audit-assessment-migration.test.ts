import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../client";
import { migrationsUpTo } from "../testing/migrations-up-to";
import { rawRows } from "../raw-rows";
import { openTestDatabase } from "../testing/temporary-database";

// Entries written before audit_log.assessment_id existed must find their version too (the start
// page and four eyes read it). So: migrate to the schema before it, log as that schema did, then
// apply the rest and look.
const before = "0012_scores_and_list_indexes";
const version = "30000000-0000-4000-8000-000000000001";

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await openTestDatabase(migrationsUpTo(before));
  const entries: Array<[string, string, string, string | null]> = [
    ["assessment.start", "assessment", version, null],
    ["answer.edit", "answer", `${version}/B.CTX.1`, null],
    ["risk.edit", "risk", `${version}/D.FUND.2`, null],
    ["indicators.edit", "indicators", version, null],
    ["review.comment", "review", "40000000-0000-4000-8000-000000000001", JSON.stringify({ assessmentId: version, body: "Check the permit" })],
    ["project.update", "project", "10000000-0000-4000-8000-000000000001", null],
    ["member.role", "member", "member-1", null],
    ["assessment.import", "assessment", "not-a-uuid", null],
  ];
  for (const [action, type, id, after] of entries) {
    await opened.db.execute(sql`insert into audit_log (organization_id, actor_id, actor_name, action, entity_type, entity_id, after)
      values ('org', 'u1', 'Ana', ${action}, ${type}, ${id}, ${after}::jsonb)`);
  }
  await opened.migrate();
});
afterAll(() => opened?.close());

describe("the audit log's assessment migration", () => {
  it("gives each earlier entry about a version that version's id, and leaves the rest without one", async () => {
    const rows = await rawRows<{ action: string; assessment_id: string | null }>(opened.db, sql`select action, assessment_id from audit_log order by id`);
    expect(rows.map((r) => [r.action, r.assessment_id])).toEqual([
      ["assessment.start", version],
      ["answer.edit", version],
      ["risk.edit", version],
      ["indicators.edit", version],
      ["review.comment", version],
      ["project.update", null],
      ["member.role", null],
      ["assessment.import", null],
    ]);
  });

  it("fills it in for an entry written afterwards without one, as an instance still on older code writes it", async () => {
    await opened.db.execute(sql`insert into audit_log (organization_id, actor_id, actor_name, action, entity_type, entity_id)
      values ('org', 'u1', 'Ana', 'answer.edit', 'answer', ${`${version.toUpperCase()}/B.CTX.2`})`);
    const [row] = await rawRows<{ assessment_id: string | null }>(opened.db, sql`select assessment_id from audit_log order by id desc limit 1`);
    expect(row?.assessment_id).toBe(version);
  });
});
