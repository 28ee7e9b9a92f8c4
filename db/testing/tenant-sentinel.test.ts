import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../client";
import { listMembershipsOfUser } from "../queries/members";
import { getInvitationById } from "../queries/membership-admin";
import { inOrganisation } from "../queries/scope";
import { answers, assessments, organizations, partners, projects } from "../schema";
import { demo } from "./fixtures";
import { setupTestDatabase } from "./test-database";
import { takeUnscopedStatements, tenantTables, unscopedTenantTables } from "./tenant-sentinel";

const db = setupTestDatabase();

describe("the tenant tables", () => {
  it("are every table of the schema with an organization_id column", () => {
    for (const t of ["project", "partner", "project_partner", "assessment", "answer", "risk", "mitigation", "indicator", "review_note", "audit_log", "project_evaluator", "section_presence", "member", "invitation"]) {
      expect(tenantTables, t).toContain(t);
    }
    for (const t of ["organization", "user", "session", "account", "verification"]) expect(tenantTables, t).not.toContain(t);
  });
});

describe("the tenant-filter sentinel", () => {
  it("flags a deliberately unscoped select of the app's database, and lets the scoped one pass", async () => {
    const app = await getDb();
    await app.select().from(projects);
    const flagged = takeUnscopedStatements();
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ tables: ["project"], test: expect.stringContaining("flags a deliberately unscoped select") });
    expect(flagged[0]!.sql).toMatch(/^select .* from "project"$/);

    await app.select().from(projects).where(inOrganisation(demo, projects));
    expect(takeUnscopedStatements()).toEqual([]);
  });

  it("flags updates, deletes and joins that name no organisation", async () => {
    const app = await getDb();
    await app.update(partners).set({ name: "Renamed" }).where(eq(partners.name, "nobody"));
    await app.delete(answers).where(eq(answers.criterionId, "nothing"));
    // The join's condition compares two columns: no organisation is named, so every organisation's rows come back.
    await app.select().from(assessments).innerJoin(projects, and(eq(projects.id, assessments.projectId), eq(projects.organizationId, assessments.organizationId)));
    expect(takeUnscopedStatements().map((s) => s.tables)).toEqual([["partner"], ["answer"], ["assessment", "project"]]);
  });

  it("ignores inserts, tables without organisations, the allowlist and the test's own handle", async () => {
    const app = await getDb();
    await app.insert(partners).values({ organizationId: demo.organizationId, name: "New", country: "KE" });
    await app.select().from(organizations);
    // The allowlist, as the app's queries write those statements.
    await listMembershipsOfUser("someone");
    await getInvitationById("an-invitation-link");
    await db().select().from(projects);
    expect(takeUnscopedStatements()).toEqual([]);
  });
});

describe("unscopedTenantTables", () => {
  it("reads the statement's tables and its organisation condition", () => {
    expect(unscopedTenantTables('select "id" from "risk" where "risk"."assessment_id" = $1')).toEqual(["risk"]);
    expect(unscopedTenantTables('select "id" from "risk" where ("risk"."organization_id" = $1 and "risk"."assessment_id" = $2)')).toEqual([]);
    expect(unscopedTenantTables('update "organization" set "allow_self_approval" = $1 where "organization"."id" = $2')).toEqual([]);
    expect(unscopedTenantTables('insert into "risk" ("id") values ($1) on conflict do nothing')).toEqual([]);
    // A membership of a user in one organisation names it; a user's memberships (any organisation) are allowed.
    expect(unscopedTenantTables('select "id" from "member" where ("member"."user_id" = $1 and "member"."role" = $2)')).toEqual(["member"]);
  });
});
