import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_ORGANIZATION_ID } from "./demo-organization";
import { orgScopedCases, seedParents } from "./testing/org-scoped-cases";
import { rawRows } from "./raw-rows";
import { OTHER_ORGANIZATION_ID, setupTestDatabase } from "./testing/test-database";

// The database, not only the query layer, keeps organisations apart: a child row's parent must be
// of the child's own organisation. Each refusal is paired with the same write against the
// organisation's own parent succeeding, so a refusal for any other reason fails the test.
const db = setupTestDatabase();
const A = DEMO_ORGANIZATION_ID;
const B = OTHER_ORGANIZATION_ID;

/** The driver's error under drizzle's DrizzleQueryError (postgres-js and PGlite both carry `code`). */
async function refusal(write: Promise<unknown>) {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error & { code?: string } },
  );
  expect(error, "the write was not refused").toBeDefined();
  return { code: error!.cause?.code ?? (error as { code?: string }).code, message: error!.cause?.message ?? error!.message };
}

/** The organisations of the rows pointing at `parentId` (seeded parents may already be some of them). */
const childOrgs = async (child: string, column: string, parentId: string) =>
  (
    await rawRows<{ organization_id: string }>(
      db(),
      sql`select organization_id from ${sql.identifier(child)} where ${sql.identifier(column)} = ${parentId}`,
    )
  ).map((r) => r.organization_id);

describe.each(orgScopedCases)("$child → $parent ($column)", ({ child, column, parent, constraint, insert }) => {
  it("refuses a child pointing at another organisation's parent, and accepts its own", async () => {
    const own = await seedParents(db(), A);
    const foreign = await seedParents(db(), B);

    const foreignBefore = await childOrgs(child, column, foreign[parent]);
    const refused = await refusal(insert(db(), A, foreign[parent], own));
    expect(refused.code).toBe("23503");
    expect(refused.message).toContain(constraint);
    expect(await childOrgs(child, column, foreign[parent])).toEqual(foreignBefore);

    const ownBefore = await childOrgs(child, column, own[parent]);
    await insert(db(), A, own[parent], own);
    expect(await childOrgs(child, column, own[parent])).toEqual([...ownBefore, A]);
  });

  it("refuses moving a child to another organisation", async () => {
    const own = await seedParents(db(), A);
    await insert(db(), A, own[parent], own);
    const rows = await childOrgs(child, column, own[parent]);

    const refused = await refusal(
      db().execute(sql`update ${sql.identifier(child)} set organization_id = ${B} where ${sql.identifier(column)} = ${own[parent]}`),
    );
    expect(refused.code).toBe("23503");
    expect(await childOrgs(child, column, own[parent])).toEqual(rows);
  });

  it("still deletes the child with its parent", async () => {
    const own = await seedParents(db(), A);
    await insert(db(), A, own[parent], own);

    await db().execute(sql`delete from ${sql.identifier(parent)} where id = ${own[parent]}`);
    expect(await childOrgs(child, column, own[parent])).toEqual([]);
  });
});
