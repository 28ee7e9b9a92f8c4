import { beforeAll, describe, expect, it } from "vitest";
import { parseProjectListQuery, PROJECTS_PER_PAGE } from "@/lib/lists/project-list-query";
import { addMembership, addUser, demoEvaluator, giveProject } from "../testing/access-fixtures";
import { demo, other, projectInput, projectValues, seedOtherOrganization } from "../testing/fixtures";
import { setupTestDatabase } from "../testing/test-database";
import { seedProject } from "../seed";
import { createProjectForOrg } from "./projects";
import { listProjectCountriesForOrg, listProjectPageForOrg } from "./project-list";
import { scopeFor } from "./scope";

const db = setupTestDatabase();
const query = (raw: Record<string, string>) => parseProjectListQuery(raw);
const names = async (raw: Record<string, string>, ctx = demo, locale: "en" | "zh-CN" = "en") =>
  (await listProjectPageForOrg(ctx, query(raw), locale)).rows.map((r) => r.project.name);

let given: string;
beforeAll(async () => {
  await seedOtherOrganization(db());
  // Another organisation with names every search below would find: none of it may show.
  await createProjectForOrg(other, projectValues({ name: "Clinic 100% solar", hostCountry: "KE", partners: [{ name: "绿色未来基金会", country: "CN" }] }));
  given = await createProjectForOrg(demo, projectValues({ name: "Clinic 100% solar", hostCountry: "KE", startDate: "2026-03-01", participationMode: "territorial" }));
  await createProjectForOrg(demo, projectValues({ name: "clinic_kits", hostCountry: "TZ", startDate: "2026-07-01", partners: [{ name: "Alpha Aid", country: "TZ" }] }));
  await createProjectForOrg(demo, projectValues({ name: "Reading clubs", hostCountry: "LA", startDate: "2025-09-01", partners: [{ name: "绿色未来基金会", country: "CN" }] }));
  await seedProject(db(), demo.organizationId, {
    ...projectInput({ name: "Water points", hostCountry: "UG", participationMode: "subsidised" }),
    budget: "1000",
    assessments: [{ kind: "before", status: "submitted", rest: "met" }],
  });
  // Enough plain projects for three pages.
  for (let i = 1; i <= PROJECTS_PER_PAGE * 2; i++) {
    await createProjectForOrg(demo, projectValues({ name: `Filler ${String(i).padStart(2, "0")}`, hostCountry: "BR" }));
  }
  await addUser(db(), demoEvaluator.userId, demoEvaluator.userName);
  await addMembership(db(), demo.organizationId, demoEvaluator.userId, "evaluator");
  await giveProject(db(), demo.organizationId, demoEvaluator.userId, given);
}, 120_000);

describe("searching the projects list", () => {
  it("finds a partner named in Chinese by part of its name, and only in this organisation", async () => {
    expect(await names({ q: "绿色" })).toEqual(["Reading clubs"]);
  });

  it("finds the host country by its Chinese name, its English name without case, and its code", async () => {
    expect(await names({ q: "坦桑尼亚" })).toEqual(["clinic_kits"]);
    expect(await names({ q: "tanzan" })).toEqual(["clinic_kits"]);
    expect(await names({ q: "la", sort: "name" })).toContain("Reading clubs");
  });

  it("reads % and _ as themselves, and a project's name without case", async () => {
    expect(await names({ q: "100%" })).toEqual(["Clinic 100% solar"]);
    expect(await names({ q: "ic_1" })).toEqual([]);
    expect(await names({ q: "CLINIC", sort: "name" })).toEqual(["Clinic 100% solar", "clinic_kits"]);
  });
});

describe("filters and sorting", () => {
  it("filters by participation mode, country and the status of a current assessment", async () => {
    expect(await names({ mode: "territorial" })).toEqual(["Clinic 100% solar"]);
    expect(await names({ country: "UG" })).toEqual(["Water points"]);
    expect(await names({ status: "submitted" })).toEqual(["Water points"]);
    expect(await names({ status: "approved" })).toEqual([]);
  });

  it("sorts by name, by start date (latest first) and by the country's name in the reader's language", async () => {
    expect((await names({ sort: "name" })).slice(0, 3)).toEqual(["Clinic 100% solar", "clinic_kits", "Filler 01"]);
    expect((await names({ sort: "start", q: "clinic" }))).toEqual(["clinic_kits", "Clinic 100% solar"]);
    // The 50 fillers are in Brazil (巴西, first in both orders), so page 3 holds the other four.
    const byCountry = (locale: "en" | "zh-CN") => names({ sort: "country", page: "3" }, demo, locale);
    // English: Kenya, Laos, Tanzania, Uganda. Chinese (pinyin): 肯尼亚 ken, 老挝 lao, 坦桑尼亚 tan, 乌干达 wu.
    expect(await byCountry("en")).toEqual(["Clinic 100% solar", "Reading clubs", "clinic_kits", "Water points"]);
    expect(await byCountry("zh-CN")).toEqual(["Clinic 100% solar", "Reading clubs", "clinic_kits", "Water points"]);
  });

  it("offers the countries of this organisation's projects only", async () => {
    expect((await listProjectCountriesForOrg(demo)).sort()).toEqual(["BR", "KE", "LA", "TZ", "UG"]);
  });
});

describe("pages", () => {
  it("counts in SQL and pages by 25, a page past the end showing the last", async () => {
    const first = await listProjectPageForOrg(demo, query({ sort: "name" }), "en");
    expect(first).toMatchObject({ total: 54, page: 1, pageCount: 3 });
    expect(first.rows).toHaveLength(PROJECTS_PER_PAGE);
    const last = await listProjectPageForOrg(demo, query({ sort: "name", page: "9" }), "en");
    expect(last).toMatchObject({ page: 3, pageCount: 3 });
    expect(last.rows.map((r) => r.project.name)).toEqual(["Filler 49", "Filler 50", "Reading clubs", "Water points"]);
    const seen = new Set([...first.rows, ...(await listProjectPageForOrg(demo, query({ sort: "name", page: "2" }), "en")).rows, ...last.rows].map((r) => r.project.id));
    expect(seen.size).toBe(54);
  });

  it("gives an evaluator only the project given to them, counted as one", async () => {
    const scope = await scopeFor(demoEvaluator);
    const page = await listProjectPageForOrg(scope, query({ q: "clinic" }), "en");
    expect(page.total).toBe(1);
    expect(page.rows.map((r) => r.project.id)).toEqual([given]);
  });

  it("lets bad values in the URL fall back to the defaults", () => {
    expect(parseProjectListQuery({ sort: "drop table", page: "-3", mode: "x", country: "kenya", status: "gone", q: ["a", "b"] })).toEqual({
      q: "a", sort: "updated", page: 1, mode: undefined, country: undefined, status: undefined,
    });
  });
});
