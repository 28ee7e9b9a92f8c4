import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoEvaluator, seedAccessRows, type AccessRows } from "@/db/testing/access-fixtures";
import { demo, other, seedDemoRows, seedOtherOrganization, type DemoRows, type OtherOrgRows } from "@/db/testing/fixtures";
import { callRoute, discoverRoutes } from "@/db/testing/route-harness";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { closePdfPool } from "@/lib/pdf/pdf-pool";

/**
 * Every download route: another organisation's id is a 404 (and the same call as the owner is
 * not, so the refusal comes from the organisation filter); an evaluator gets 404 on a project
 * not given to them; the owner gets the file with the right type.
 */
const db = setupTestDatabase();
// The downloads: every GET route. POST routes have their own tests (app/section-changes-route.test.ts).
const routes = (await discoverRoutes()).filter((r) => r.GET);

type Ids = { projectId: string; assessmentId: string; fileId: string };
/** What each route needs besides its params, and the content type it answers with. */
const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const expectations: Record<string, { query: string; type: string }> = {
  "/assessments/[assessmentId]/pdf": { query: "", type: "application/pdf" },
  "/assessments/[assessmentId]/export": { query: "?format=json", type: "application/json" },
  "/projects/[projectId]/pdf": { query: "", type: "application/pdf" },
  "/projects/[projectId]/export": { query: "?format=xlsx", type: xlsx },
  "/projects/export": { query: "?format=csv&table=answers", type: "text/csv" },
  // The project's name comes from its "project.create" entry (app/audit-export-route.test.ts has the rest).
  "/audit/export": { query: "", type: "text/csv" },
  // An evidence file comes back as the type its bytes were found to be.
  "/evidence/[fileId]": { query: "", type: "application/pdf" },
};

let ours: DemoRows;
let theirs: OtherOrgRows;
let access: AccessRows;
beforeAll(async () => {
  // The PDF routes render on worker threads from the bundled worker, as in production.
  execFileSync("node", ["scripts/build-pdf-worker.mjs"]);
  ours = await seedDemoRows();
  theirs = await seedOtherOrganization(db());
  access = await seedAccessRows(db());
}, 120_000);
afterAll(() => closePdfPool());

const theirIds = (): Ids => ({ projectId: theirs.projectId, assessmentId: theirs.beforeId, fileId: theirs.evidenceFileId });

it("knows what every route handler answers with", () => {
  expect(routes.map((r) => r.route).sort()).toEqual(Object.keys(expectations).sort());
});

describe.each(routes.filter((r) => r.params.length === 0))("$route (the whole organisation)", (route) => {
  it("holds only the session's organisation", async () => {
    actAs(demo);
    const response = await callRoute(route, {}, expectations[route.route]!.query);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain(expectations[route.route]!.type);
    const body = await response.text();
    expect(body).toContain("Community health workers");
    expect(body).not.toContain("Other NGO water project");
  });
});

describe.each(routes.filter((r) => r.params.length > 0))("$route", (route) => {
  const expected = () => expectations[route.route]!;

  it("answers 404 for another organisation's id, and the file to that organisation", async () => {
    actAs(demo);
    const refused = await callRoute(route, theirIds(), expected().query);
    expect(refused.status).toBe(404);
    actAs(other);
    const owner = await callRoute(route, theirIds(), expected().query);
    expect(owner.status).toBe(200);
    expect(owner.headers.get("Content-Type")).toContain(expected().type);
    expect(owner.headers.get("Content-Disposition")).toMatch(/^attachment; filename="/);
  }, 60_000);

  it("answers 404 to an evaluator for a project not given to them, the file for the one given", async () => {
    actAs(demoEvaluator);
    const hidden = await callRoute(route, { projectId: ours.projectId, assessmentId: ours.beforeId, fileId: ours.evidenceFileId }, expected().query);
    expect(hidden.status).toBe(404);
    const given = await callRoute(route, { projectId: access.reviewProjectId, assessmentId: access.approvedId, fileId: access.approvedEvidenceFileId }, expected().query);
    expect(given.status).toBe(200);
  }, 60_000);

  it("answers 404 to a malformed id", async () => {
    actAs(demo);
    const malformed = await callRoute(route, { projectId: "not-a-uuid", assessmentId: "../../etc", fileId: "../x" }, expected().query);
    expect(malformed.status).toBe(404);
  });
});
