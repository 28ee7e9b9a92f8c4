import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { demoEvaluator, seedAccessRows } from "@/db/testing/access-fixtures";
import { demo, other, seedDemoRows, seedOtherOrganization, type DemoRows, type OtherOrgRows } from "@/db/testing/fixtures";
import { discoverRoutes } from "@/db/testing/route-harness";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";

// The route a closing page sends its last changes to (keepalive): the save action's permission,
// schema, conflict check and audit, over plain HTTP. Every POST route is listed here.
const db = setupTestDatabase();
const routes = (await discoverRoutes()).filter((r) => r.POST);
const route = routes.find((r) => r.route === "/assessments/[assessmentId]/sections/[sectionId]/changes")!;

let ours: DemoRows;
let theirs: OtherOrgRows;
beforeAll(async () => {
  ours = await seedDemoRows();
  theirs = await seedOtherOrganization(db());
  await seedAccessRows(db());
});

const origin = "http://localhost:3000";
const post = (assessmentId: string, body: unknown, headers: Record<string, string> = { origin, host: "localhost:3000" }) =>
  route.POST!(
    new Request(`${origin}/assessments/${assessmentId}/sections/country-context/changes`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ assessmentId, sectionId: "country-context" }) },
  );
const change = (value: string, base = 0) => ({ changes: [{ key: "B.CTX.1", base, value: { criterionId: "B.CTX.1", value, notes: "", evidence: "" } }] });

it("is one of the POST routes, each with its own test (the others: app/evidence-route.test.ts, app/language-route.test.ts, app/archive-import-route.test.ts)", () => {
  expect(routes.map((r) => r.route)).toEqual(["/assessments/[assessmentId]/evidence", "/assessments/[assessmentId]/sections/[sectionId]/changes", "/language", "/projects/import/archive"]);
});

describe("POST …/sections/[sectionId]/changes", () => {
  it("saves a change with its audit row, and answers a stale one with the newer value", async () => {
    actAs(demo);
    const saved = await post(ours.beforeId, change("partly_met"));
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as { results: Array<{ status: string; revision: number }> };
    expect(body.results).toEqual([{ key: "B.CTX.1", status: "saved", revision: expect.any(Number) }]);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, `${ours.beforeId}/B.CTX.1`));
    expect(audit.at(-1)).toMatchObject({ action: "answer.edit", actorId: demo.userId, after: { value: "partly_met" } });

    const stale = await post(ours.beforeId, change("met", body.results[0]!.revision - 1));
    expect(((await stale.json()) as { results: Array<{ status: string }> }).results[0]).toMatchObject({ status: "conflict", current: { value: "partly_met" } });
  });

  it("refuses, changing nothing: another organisation's draft, an evaluator, another origin, malformed bodies", async () => {
    const before = await snapshotTables(db());
    actAs(demo);
    expect((await post(theirs.beforeId, change("met"))).status).toBe(404);
    expect((await post("not-a-uuid", change("met"))).status).toBe(404);
    expect((await post(ours.beforeId, change("met"), { origin: "https://evil.example", host: "localhost:3000" })).status).toBe(403);
    expect((await post(ours.beforeId, change("met"), { host: "localhost:3000" })).status).toBe(403);
    expect((await post(ours.beforeId, "{not json")).status).toBe(400);
    expect((await post(ours.beforeId, { changes: "met" })).status).toBe(400);
    expect((await post(ours.beforeId, change("maybe"))).status).toBe(400);
    actAs(demoEvaluator);
    expect((await post(ours.beforeId, change("met"))).status).toBe(403);
    actAs(other);
    expect((await post(ours.beforeId, change("met"))).status).toBe(404);
    actAs(demo);
    expect(await snapshotTables(db())).toEqual(before);
  });
});
