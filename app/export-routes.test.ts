import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import readExcelFile from "read-excel-file/node";
import { demoEvaluator, seedAccessRows, type AccessRows } from "@/db/testing/access-fixtures";
import { demo, seedDemoRows, seedOtherOrganization, type DemoRows, type OtherOrgRows } from "@/db/testing/fixtures";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { parseExportFile } from "@/lib/exports/format-schema";
import type { Actor } from "@/lib/domain/session-context";
import { GET as exportAssessment } from "./assessments/[assessmentId]/export/route";
import { GET as exportProject } from "./projects/[projectId]/export/route";
import { GET as exportPortfolio } from "./projects/export/route";

/** The reader's language as next-intl would give it in a request; English unless a test sets it. */
const reader = vi.hoisted(() => ({ locale: "en" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => reader.locale }));
afterEach(() => {
  reader.locale = "en";
});

/** The export route handlers, called as Next.js calls them, with the session of the test. */
const db = setupTestDatabase();
let fx: { demo: DemoRows; other: OtherOrgRows; access: AccessRows };
beforeAll(async () => {
  fx = { demo: await seedDemoRows(), other: await seedOtherOrganization(db()), access: await seedAccessRows(db()) };
});

const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const get = (path: string) => new Request(`http://localhost${path}`);
async function as(session: Actor, call: () => Promise<Response>) {
  actAs(session);
  try {
    return await call();
  } finally {
    actAs(demo);
  }
}
const project = (projectId: string, query: string, session: Actor = demo) =>
  as(session, () => exportProject(get(`/projects/${projectId}/export?${query}`), { params: Promise.resolve({ projectId }) }));
const assessment = (assessmentId: string, session: Actor = demo) =>
  as(session, () => exportAssessment(get(`/assessments/${assessmentId}/export`), { params: Promise.resolve({ assessmentId }) }));
const portfolio = (query: string, session: Actor = demo) => as(session, () => exportPortfolio(get(`/projects/export?${query}`)));

describe("the project export", () => {
  it.each([
    ["format=csv&table=answers", "text/csv; charset=utf-8"],
    ["format=csv&table=risks", "text/csv; charset=utf-8"],
    ["format=csv&table=indicators", "text/csv; charset=utf-8"],
    ["format=xlsx", xlsx],
    ["format=json", "application/json; charset=utf-8"],
  ])("answers %s with a download", async (query, type) => {
    const response = await project(fx.demo.projectId, query);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(type);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="Community-health-workers-[a-z-]+-\d{4}-\d\d-\d\d\.(csv|xlsx|json)"; filename\*=UTF-8''/);
  });

  it("writes the answers of the project's assessments, with a byte order mark", async () => {
    const bytes = new Uint8Array(await (await project(fx.demo.projectId, "format=csv&table=answers")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Response.text() drops the byte order mark, as a CSV reader would.
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toMatch(/^Project,Assessment,Version,Status,Section,Criterion/);
    expect(csv).toContain("Community health workers,Before: participation evaluation,1,Draft,");
  });

  it.each(["format=csv&table=answers", "format=xlsx", "format=json"])("is 404 for another organisation's project (%s)", async (query) => {
    const response = await project(fx.other.projectId, query);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Other NGO");
  });

  it.each(["not-a-uuid", "00000000-0000-4000-8000-000000000000"])("is 404 for a project id that names nothing (%s)", async (id) => {
    expect((await project(id, "format=xlsx")).status).toBe(404);
  });

  it("is 404 for an evaluator's project not given to them, 200 for the one given", async () => {
    expect((await project(fx.demo.projectId, "format=xlsx", demoEvaluator)).status).toBe(404);
    expect((await project(fx.access.reviewProjectId, "format=xlsx", demoEvaluator)).status).toBe(200);
  });

  it.each([
    ["", /Choose a format/],
    ["format=pdf", /Choose a format: format=csv or format=xlsx or format=json/],
    ["format=csv", /add table=answers, table=risks or table=indicators/],
    ["format=csv&table=people", /add table=answers/],
    ["format=xlsx&table=risks", /only for CSV/],
  ])("is 400 with a clear message for ?%s", async (query, message) => {
    const response = await project(fx.demo.projectId, query);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });
});

describe("the portfolio export", () => {
  it("holds every project of the organisation and none of another", async () => {
    const response = await portfolio("format=xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(xlsx);
    const sheets = await readExcelFile(Buffer.from(await response.arrayBuffer()));
    const projects = new Set(sheets[0]!.data.slice(1).map((row) => row[0]));
    expect([...projects].sort()).toEqual(["Community health workers", "Elsewhere", "Review states"]);
  });

  it("holds only the evaluator's given project", async () => {
    const csv = await (await portfolio("format=csv&table=answers", demoEvaluator)).text();
    expect(csv).toContain("Review states");
    expect(csv).not.toContain("Community health workers");
  });

  it("is 400 for a JSON request or a CSV without a table", async () => {
    expect((await portfolio("format=json")).status).toBe(400);
    expect((await portfolio("format=csv")).status).toBe(400);
  });
});

describe("the assessment export", () => {
  it("is a valid export file of that one assessment", async () => {
    const response = await assessment(fx.demo.submittedId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="Elsewhere-before-v1-\d{4}-\d\d-\d\d\.json"/);
    const parsed = parseExportFile(await response.json());
    expect(parsed.ok && parsed.file.assessments.map((a) => [a.kind, a.status])).toEqual([["before", "submitted"]]);
  });

  it.each(["not-a-uuid", "00000000-0000-4000-8000-000000000000"])("is 404 for an id that names nothing (%s)", async (id) => {
    expect((await assessment(id)).status).toBe(404);
  });

  it("is 404 for another organisation's assessment and for an evaluator's project not given to them", async () => {
    expect((await assessment(fx.other.beforeId)).status).toBe(404);
    expect((await assessment(fx.access.other.submittedId)).status).toBe(404);
    expect((await assessment(fx.demo.beforeId, demoEvaluator)).status).toBe(404);
    expect((await assessment(fx.access.approvedId, demoEvaluator)).status).toBe(200);
  });

  it("is 400 for another format", async () => {
    const response = await as(demo, () =>
      exportAssessment(get(`/assessments/${fx.demo.beforeId}/export?format=csv`), { params: Promise.resolve({ assessmentId: fx.demo.beforeId }) }),
    );
    expect(response.status).toBe(400);
  });
});

describe("the exports for a Chinese reader", () => {
  const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: null });

  it("writes the tables with Chinese headers and labels, under a Chinese file name with an English fallback", async () => {
    reader.locale = "zh-CN";
    const response = await project(fx.demo.projectId, "format=csv&table=answers");
    const csv = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()));
    expect(csv).toMatch(/^项目,评估,版本,状态,部分,条目,问题,回答/);
    expect(csv).toContain("Community health workers,项目前：参与评估,1,草稿,");
    const disposition = response.headers.get("Content-Disposition")!;
    expect(disposition).toMatch(/^attachment; filename="Community-health-workers-answers-\d{4}-\d\d-\d\d\.csv"; filename\*=UTF-8''Community-health-workers-/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^Community-health-workers-回答-\d{4}-\d\d-\d\d\.csv$/);

    const sheets = await readExcelFile(Buffer.from(await (await portfolio("format=xlsx")).arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(["回答", "风险", "指标"]);
  });

  it("answers a wrong request in Chinese", async () => {
    reader.locale = "zh-CN";
    expect(await (await project(fx.demo.projectId, "format=pdf")).text()).toBe("请选择格式：format=csv或format=xlsx或format=json或format=zip（csv, xlsx, json, zip）。");
    expect(await (await project(fx.other.projectId, "format=json")).text()).toMatch(/^未找到/);
  });

  it("serves the project archive as a zip download to the project's organisation, and 404 to another", async () => {
    const archive = await project(fx.demo.projectId, "format=zip");
    expect(archive.status).toBe(200);
    expect(archive.headers.get("Content-Type")).toBe("application/zip");
    expect(archive.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expect((await project(fx.other.projectId, "format=zip")).status).toBe(404);
  });

  it("gives the same JSON file whatever the reader's language", async () => {
    const english = await (await project(fx.demo.projectId, "format=json")).text();
    const englishAssessment = await (await assessment(fx.demo.submittedId)).text();
    reader.locale = "zh-CN";
    const chinese = await project(fx.demo.projectId, "format=json");
    expect(withoutTime(await chinese.text())).toEqual(withoutTime(english));
    expect(withoutTime(await (await assessment(fx.demo.submittedId)).text())).toEqual(withoutTime(englishAssessment));
    expect(decodeURIComponent(chinese.headers.get("Content-Disposition")!.split("UTF-8''")[1]!)).toMatch(/^Community-health-workers-项目-/);
  });
});
