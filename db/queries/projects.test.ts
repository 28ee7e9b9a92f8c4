import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { demo, other, projectValues, seedOtherOrganization, type OtherOrgRows } from "../testing/fixtures";
import { snapshotTables } from "../testing/snapshot";
import { setupTestDatabase } from "../testing/test-database";
import { partners, projectPartners, projects } from "../schema";
import { createProjectForOrg, getProjectForOrg, listPartnersForOrg, listProjectsForOrg, updateProjectForOrg } from "./projects";

const db = setupTestDatabase();
let otherOrg: OtherOrgRows;

beforeAll(async () => {
  otherOrg = await seedOtherOrganization(db());
});

const partnerCount = async () => (await db().select({ id: partners.id }).from(partners)).length;

describe("creating and reading a project", () => {
  it("stores every field and its new partners, and reads them back", async () => {
    const id = await createProjectForOrg(
      demo,
      projectValues({ name: "  Reading clubs  ", partners: [{ name: "Zeta Trust", country: "KE" }, { name: "Alpha Aid", country: "TZ" }] }),
    );
    const project = await getProjectForOrg(demo, id);
    expect(project).toMatchObject({
      id,
      name: "Reading clubs",
      summary: "Training and kits for health workers in two districts.",
      hostCountry: "KE",
      sector: "Health",
      participationMode: "enterprise",
      budget: "125000.50",
      currency: "EUR",
      startDate: "2026-05-01",
      endDate: "2027-04-30",
    });
    expect(project!.partners.map((p) => [p.name, p.country])).toEqual([
      ["Alpha Aid", "TZ"],
      ["Zeta Trust", "KE"],
    ]);
    const [row] = await db().select().from(projects).where(eq(projects.id, id));
    expect(row!.organizationId).toBe("demo-org");
  });

  it("lists the organisation's projects with their stages, newest change first", async () => {
    const first = await createProjectForOrg(demo, projectValues({ name: "Listed first" }));
    const second = await createProjectForOrg(demo, projectValues({ name: "Listed second" }));
    const list = await listProjectsForOrg(demo);
    const ids = list.map((p) => p.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    expect(list.find((p) => p.id === first)!.assessments).toEqual([]);
  });
});

describe("partners of a project", () => {
  it("reuses a partner by id, renames it, and unlinks partners removed from the form", async () => {
    const id = await createProjectForOrg(
      demo,
      projectValues({ partners: [{ name: "Keep Me", country: "KE" }, { name: "Drop Me", country: "KE" }] }),
    );
    const before = (await getProjectForOrg(demo, id))!.partners;
    const keep = before.find((p) => p.name === "Keep Me")!;
    const drop = before.find((p) => p.name === "Drop Me")!;
    const count = await partnerCount();

    await updateProjectForOrg(
      demo,
      id,
      projectValues({ name: "Renamed", partners: [{ id: keep.id, name: "Kept And Renamed", country: "UG" }, { name: "Brand New", country: "KE" }] }),
    );

    const after = await getProjectForOrg(demo, id);
    expect(after!.name).toBe("Renamed");
    expect(after!.partners.map((p) => p.name)).toEqual(["Brand New", "Kept And Renamed"]);
    expect(after!.partners.find((p) => p.name === "Kept And Renamed")).toEqual({ id: keep.id, name: "Kept And Renamed", country: "UG" });
    expect(after!.partners.some((p) => p.id === drop.id)).toBe(false);
    // Unlinked, not deleted: the partner (and its due diligence) stays with the organisation.
    expect((await listPartnersForOrg(demo)).some((p) => p.id === drop.id)).toBe(true);
    expect(await partnerCount()).toBe(count + 1);
  });

  it("links an existing partner to a second project without creating a copy, even if listed twice", async () => {
    const first = await createProjectForOrg(demo, projectValues({ partners: [{ name: "Shared Partner", country: "KE" }] }));
    const shared = (await getProjectForOrg(demo, first))!.partners[0]!;
    const count = await partnerCount();
    const second = await createProjectForOrg(
      demo,
      projectValues({ partners: [{ id: shared.id, name: shared.name, country: shared.country }, { id: shared.id, name: shared.name, country: shared.country }] }),
    );
    expect((await getProjectForOrg(demo, second))!.partners).toEqual([shared]);
    expect((await getProjectForOrg(demo, first))!.partners).toEqual([shared]);
    expect(await partnerCount()).toBe(count);
  });

  it("removes every link when the form has no partners", async () => {
    const id = await createProjectForOrg(demo, projectValues({ partners: [{ name: "Only One", country: "KE" }] }));
    await updateProjectForOrg(demo, id, projectValues({ partners: [] }));
    expect((await getProjectForOrg(demo, id))!.partners).toEqual([]);
    expect(await db().select().from(projectPartners).where(eq(projectPartners.projectId, id))).toEqual([]);
  });
});

describe("organisation isolation", () => {
  it("never lists another organisation's projects or partners", async () => {
    const projectIds = (await listProjectsForOrg(demo)).map((p) => p.id);
    expect(projectIds.length).toBeGreaterThan(0);
    expect(projectIds).not.toContain(otherOrg.projectId);
    expect((await listPartnersForOrg(demo)).map((p) => p.id)).not.toContain(otherOrg.partnerId);
    // The other organisation does see its own rows, so the filter is by organisation, not broken.
    expect((await listProjectsForOrg(other)).map((p) => p.id)).toEqual([otherOrg.projectId]);
  });

  it("gets null for another organisation's project id", async () => {
    expect(await getProjectForOrg(demo, otherOrg.projectId)).toBeNull();
    expect(await getProjectForOrg(other, otherOrg.projectId)).not.toBeNull();
  });

  it("refuses to update another organisation's project, leaving every row as it was", async () => {
    const before = await snapshotTables(db());
    await expect(updateProjectForOrg(demo, otherOrg.projectId, projectValues({ name: "Hijacked" }))).rejects.toThrow(NotFoundError);
    expect(await snapshotTables(db())).toEqual(before);
    expect((await getProjectForOrg(other, otherOrg.projectId))!.name).toBe("Other NGO water project");
  });

  it("refuses another organisation's partner id on create and update, and changes nothing", async () => {
    const own = await createProjectForOrg(demo, projectValues({ name: "Own project" }));
    const stolen = { id: otherOrg.partnerId, name: "Renamed by demo", country: "KE" };
    const before = await snapshotTables(db());
    await expect(createProjectForOrg(demo, projectValues({ partners: [stolen] }))).rejects.toThrow(NotFoundError);
    await expect(updateProjectForOrg(demo, own, projectValues({ partners: [stolen] }))).rejects.toThrow(NotFoundError);
    expect(await snapshotTables(db())).toEqual(before);
    expect((await getProjectForOrg(other, otherOrg.projectId))!.partners[0]!.name).toBe("Other partner");
  });
});

describe("ids that are not uuids", () => {
  it.each(["not-a-uuid", "", "1; drop table project", `${"a".repeat(5000)}`])("get gives null and update is not found for %j", async (id) => {
    expect(await getProjectForOrg(demo, id)).toBeNull();
    const before = await snapshotTables(db());
    await expect(updateProjectForOrg(demo, id, projectValues())).rejects.toThrow(NotFoundError);
    expect(await snapshotTables(db())).toEqual(before);
  });

  it("gets null for a well-formed uuid that names no project", async () => {
    expect(await getProjectForOrg(demo, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
