import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_ORGANIZATION_ID } from "@/db/demo-organization";
import { auditLog } from "@/db/schema";
import { discoverActions } from "@/db/testing/action-harness";
import { demo } from "@/db/testing/fixtures";
import { argsOf, callerOf, happyPaths } from "@/db/testing/happy-paths";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";

/**
 * Audit coverage, found from the code: every exported action of every actions module runs its
 * happy path (db/testing/happy-paths.ts), and the audit log must have new rows by the caller.
 * An action that changes nothing says so with `readOnly` and a reason in its happy path, and must
 * then leave every table as it was. A new action without a happy path fails the suite.
 */
const db = setupTestDatabase();
const actions = await discoverActions();

const auditRowsOfDemo = () =>
  db().select({ id: auditLog.id, actorId: auditLog.actorId, actorName: auditLog.actorName, action: auditLog.action }).from(auditLog).where(eq(auditLog.organizationId, DEMO_ORGANIZATION_ID));

it("has a happy path for every exported server action, and only for those", () => {
  const names = actions.map((a) => a.name).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(Object.keys(happyPaths).sort()).toEqual(names);
});

describe("every state-changing action records who changed what", () => {
  it.each(actions.map((a) => [`${a.file}: ${a.name}`, a] as const))("%s", async (_label, { name, action }) => {
    const path = happyPaths[name];
    if (!path) throw new Error(`${name} has no happy path in db/testing/happy-paths.ts`);
    const caller = callerOf[path.as];
    const arranged = await path.arrange(db());
    const tables = await snapshotTables(db());
    const known = new Set((await auditRowsOfDemo()).map((r) => r.id));
    actAs(caller);
    try {
      const result = await action(...argsOf(arranged));
      expect(result.serverError ?? result.validationErrors, JSON.stringify(result)).toBeUndefined();
      await path.changed(arranged.input, result.data, caller);
    } finally {
      actAs(demo);
    }
    if (path.unaudited) {
      const after = await snapshotTables(db());
      const changedTables = Object.keys(after).filter((t) => JSON.stringify(after[t]) !== JSON.stringify(tables[t]));
      expect(changedTables, `${name} is unaudited (${path.unaudited.reason}) and may change only ${path.unaudited.tables}`).toEqual(path.unaudited.tables);
      return;
    }
    if (path.readOnly) {
      expect(await snapshotTables(db()), `${name} is declared read-only (${path.readOnly})`).toEqual(tables);
      return;
    }
    const added = (await auditRowsOfDemo()).filter((r) => !known.has(r.id));
    expect(added.length, `${name} changed state without an audit row`).toBeGreaterThan(0);
    for (const row of added) expect(row, row.action).toMatchObject({ actorId: caller.userId, actorName: caller.userName });
  });
});
