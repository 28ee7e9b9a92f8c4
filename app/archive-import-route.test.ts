import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { listEvidenceFilesForOrg } from "@/db/queries/evidence-files";
import { getProjectForOrg } from "@/db/queries/projects";
import { listAssessmentFactsForProject } from "@/db/queries/assessments";
import { demoEvaluator, seedAccessRows } from "@/db/testing/access-fixtures";
import { demo, other, seedDemoRows, seedOtherOrganization, type DemoRows } from "@/db/testing/fixtures";
import { discoverRoutes } from "@/db/testing/route-harness";
import { snapshotTables } from "@/db/testing/snapshot";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";

// The project archive over HTTP: downloaded from one organisation, imported into another.
const db = setupTestDatabase();
const routes = await discoverRoutes();
const importRoute = routes.find((r) => r.route === "/projects/import/archive")!;
const exportRoute = routes.find((r) => r.route === "/projects/[projectId]/export")!;
const origin = "http://localhost:3000";

let ours: DemoRows;
let archive: Uint8Array;
beforeAll(async () => {
  ours = await seedDemoRows();
  await seedOtherOrganization(db());
  await seedAccessRows(db());
  actAs(demo);
  const response = await exportRoute.GET!(new Request(`${origin}/projects/${ours.projectId}/export?format=zip`), { params: Promise.resolve({ projectId: ours.projectId }) });
  expect(response.headers.get("Content-Type")).toBe("application/zip");
  expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; .*project-archive/);
  archive = new Uint8Array(await response.arrayBuffer());
});

const post = (body: Uint8Array, headers: Record<string, string> = { origin, host: "localhost:3000" }) =>
  importRoute.POST!(new Request(`${origin}/projects/import/archive`, { method: "POST", headers: { "content-type": "application/zip", ...headers }, body: Buffer.from(body) }), { params: Promise.resolve({}) });

describe("POST /projects/import/archive", () => {
  it("imports the archive into the session's organisation, files and all", async () => {
    actAs(other);
    const response = await post(archive);
    expect(response.status).toBe(201);
    const { projectId } = (await response.json()) as { projectId: string };
    expect(await getProjectForOrg(demo, projectId)).toBeNull();
    const project = (await getProjectForOrg(other, projectId))!;
    const before = (await listAssessmentFactsForProject(other, project)).find((a) => a.kind === "before")!;
    const ourFiles = await listEvidenceFilesForOrg(demo, ours.beforeId);
    expect((await listEvidenceFilesForOrg(other, before.id)).map((f) => [f.criterionId, f.name, f.sha256])).toEqual(ourFiles.map((f) => [f.criterionId, f.name, f.sha256]));
  });

  it("refuses a changed file with the reason in the reader's words, and imports nothing", async () => {
    actAs(other);
    const entries = unzipSync(archive);
    const name = Object.keys(entries).find((n) => n.startsWith("files/"))!;
    const tampered = zipSync({ ...entries, [name]: strToU8("%PDF-1.7 not the same") });
    const before = await snapshotTables(db());
    const response = await post(tampered);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/“registration\.pdf” in the archive does not match its checksum.*Nothing was imported\.$/);
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("refuses an evaluator and another site's page", async () => {
    actAs(other);
    expect((await post(archive, { origin: "https://evil.example", host: "localhost:3000" })).status).toBe(403);
    actAs(demoEvaluator);
    expect((await post(archive)).status).toBe(403);
  });
});
