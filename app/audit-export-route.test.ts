import { beforeAll, describe, expect, it } from "vitest";
import { demoAs } from "@/db/testing/access-fixtures";
import { demo, other, projectValues } from "@/db/testing/fixtures";
import { callRoute, discoverRoutes } from "@/db/testing/route-harness";
import { setupTestDatabase } from "@/db/testing/test-database";
import { actAs } from "@/db/testing/test-session";
import { createProjectForOrg, updateProjectForOrg } from "@/db/queries/projects";

/** The audit log's CSV: the page's filters, its words, its permission, and only the session's organisation. */
setupTestDatabase();
const route = (await discoverRoutes()).find((r) => r.route === "/audit/export")!;
const download = async (query = "") => {
  const response = await callRoute(route, {}, query);
  return { response, body: await response.text() };
};

let wells: string;
beforeAll(async () => {
  wells = await createProjectForOrg(demo, projectValues({ name: "Wells", hostCountry: "KE" }));
  await updateProjectForOrg(demo, wells, projectValues({ name: "Wells", hostCountry: "TZ" }));
  await createProjectForOrg(demo, projectValues({ name: "Clinic" }));
  await createProjectForOrg(other, projectValues({ name: "Their secret project" }));
});

describe("the audit log's CSV", () => {
  it("holds the filtered entries in words, with a header row and a named file", async () => {
    actAs(demo);
    const { response, body } = await download(`?project=${wells}&action=project.update`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="Demo-audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = body.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("When,Who,Action,Action name,Project,Record,Change");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Changed the project,project.update,Wells");
    expect(lines[1]).toContain("Host country: Kenya → Tanzania");
    expect(body).not.toContain("Clinic");
  });

  it("is refused to a role without the audit log (403), like the page", async () => {
    actAs(demoAs("staff"));
    const { response, body } = await download();
    expect(response.status).toBe(403);
    expect(body).not.toContain("Wells");
  });

  it("never holds another organisation's entries, whatever the query names", async () => {
    actAs(demo);
    const { body } = await download("?who=other-user");
    expect(body).not.toContain("Their secret project");
    actAs(other);
    expect((await download()).body).toContain("Their secret project");
  });

  it("reads a malformed query as no filter rather than failing", async () => {
    actAs(demo);
    const { response, body } = await download("?project=../../etc&from=never&page=-1&action=%00");
    expect(response.status).toBe(200);
    expect(body).toContain("Clinic");
  });
});
