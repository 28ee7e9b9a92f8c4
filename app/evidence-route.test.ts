import { beforeAll, describe, expect, it } from "vitest";
import { evidenceFiles, fileBlobs } from "@/db/schema";
import { demoEvaluator, seedAccessRows } from "@/db/testing/access-fixtures";
import { WINDOWS_PROGRAM as windowsProgram } from "@/lib/evidence/testing/sample-files";
import { demo, other, SAMPLE_PDF, seedDemoRows, seedOtherOrganization, type DemoRows, type OtherOrgRows } from "@/db/testing/fixtures";
import { discoverRoutes } from "@/db/testing/route-harness";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";

// Attaching evidence over HTTP (multipart, so the browser can show progress) and downloading it.
const db = setupTestDatabase();
const routes = await discoverRoutes();
const upload = routes.find((r) => r.route === "/assessments/[assessmentId]/evidence")!;
const download = routes.find((r) => r.route === "/evidence/[fileId]")!;

let ours: DemoRows;
let theirs: OtherOrgRows;
beforeAll(async () => {
  ours = await seedDemoRows();
  theirs = await seedOtherOrganization(db());
  await seedAccessRows(db());
});

const origin = "http://localhost:3000";

function post(assessmentId: string, bytes: Uint8Array, name = "certificate.pdf", headers: Record<string, string> = { origin, host: "localhost:3000" }) {
  const form = new FormData();
  form.set("criterionId", "B.CTX.1");
  form.set("file", new File([Buffer.from(bytes)], name));
  return upload.POST!(new Request(`${origin}/assessments/${assessmentId}/evidence`, { method: "POST", headers, body: form }), {
    params: Promise.resolve({ assessmentId }),
  });
}
const get = (fileId: string) => download.GET!(new Request(`${origin}/evidence/${fileId}`), { params: Promise.resolve({ fileId }) });
const rowCount = async () => ({ files: (await db().select().from(evidenceFiles)).length, blobs: (await db().select().from(fileBlobs)).length });

describe("POST /assessments/[assessmentId]/evidence", () => {
  it("keeps a PDF and gives the same bytes back as a download that no cache keeps and no browser sniffs", async () => {
    actAs(demo);
    const response = await post(ours.beforeId, SAMPLE_PDF, "注册证书.pdf");
    expect(response.status).toBe(201);
    const { file } = (await response.json()) as { file: { id: string; name: string; size: number } };
    expect(file).toMatchObject({ name: "注册证书.pdf", size: SAMPLE_PDF.byteLength });
    const downloaded = await get(file.id);
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(Buffer.from(SAMPLE_PDF))).toBe(true);
    expect(downloaded.headers.get("Content-Disposition")).toMatch(/^attachment; .*filename\*=UTF-8''%E6%B3%A8/);
    expect(downloaded.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(downloaded.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("refuses a Windows program renamed .pdf with a clear message, and stores nothing", async () => {
    actAs(demo);
    const before = await rowCount();
    const response = await post(ours.beforeId, windowsProgram, "certificate.pdf");
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/not a PDF, picture, Word, Excel, OpenDocument or plain-text file/);
    expect(await rowCount()).toEqual(before);
  });

  it("answers 404 for another organisation's assessment, and stores nothing", async () => {
    actAs(demo);
    const before = await rowCount();
    expect((await post(theirs.beforeId, SAMPLE_PDF)).status).toBe(404);
    expect(await rowCount()).toEqual(before);
    actAs(other);
    expect((await post(theirs.beforeId, SAMPLE_PDF)).status).toBe(201);
  });

  it("refuses a submitted assessment, an evaluator and another site's page", async () => {
    actAs(demo);
    expect((await post(ours.submittedId, SAMPLE_PDF)).status).toBe(409);
    expect((await post(ours.beforeId, SAMPLE_PDF, "a.pdf", { origin: "https://evil.example", host: "localhost:3000" })).status).toBe(403);
    actAs(demoEvaluator);
    expect((await post(ours.beforeId, SAMPLE_PDF)).status).toBe(403);
  });

  it("reads a form without a file as unreadable, changing nothing", async () => {
    actAs(demo);
    const before = await rowCount();
    const form = new FormData();
    form.set("criterionId", "B.CTX.1");
    const response = await upload.POST!(new Request(`${origin}/assessments/${ours.beforeId}/evidence`, { method: "POST", headers: { origin, host: "localhost:3000" }, body: form }), {
      params: Promise.resolve({ assessmentId: ours.beforeId }),
    });
    expect(response.status).toBe(400);
    expect(await rowCount()).toEqual(before);
  });
});
