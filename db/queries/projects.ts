import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { isUuid, NotFoundError } from "@/lib/errors";
import type { ProjectValues } from "@/lib/projects/project-schema";
import type { ProjectFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, partners, projectPartners, projects } from "../schema";
import { recordAudit } from "./audit";
import { visibleProjects } from "./project-scope";

type ProjectRow = typeof projects.$inferSelect;

export function toProjectFacts(row: ProjectRow, partnerRows: ProjectFacts["partners"]): ProjectFacts {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    hostCountry: row.hostCountry,
    sector: row.sector,
    participationMode: row.participationMode,
    budget: row.budget,
    currency: row.currency,
    startDate: row.startDate,
    endDate: row.endDate,
    partners: partnerRows,
  };
}

export async function listProjectsForOrg(ctx: SessionContext) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(projects)
    .where(visibleProjects(db, ctx))
    .orderBy(desc(projects.updatedAt));
  const stages = rows.length
    ? await db
        .select({ projectId: assessments.projectId, kind: assessments.kind, status: assessments.status })
        .from(assessments)
        .where(and(eq(assessments.organizationId, ctx.organizationId), inArray(assessments.projectId, rows.map((r) => r.id))))
    : [];
  return rows.map((row) => ({ ...row, assessments: stages.filter((s) => s.projectId === row.id) }));
}

async function partnersOfProject(db: DbOrTx, ctx: SessionContext, projectId: string) {
  return db
    .select({ id: partners.id, name: partners.name, country: partners.country })
    .from(projectPartners)
    .innerJoin(partners, and(eq(partners.id, projectPartners.partnerId), eq(partners.organizationId, ctx.organizationId)))
    .where(and(eq(projectPartners.organizationId, ctx.organizationId), eq(projectPartners.projectId, projectId)))
    .orderBy(asc(partners.name));
}

/** The project with its partners, or null when it does not exist in this organisation. */
export async function getProjectForOrg(ctx: SessionContext, projectId: string, tx?: DbOrTx): Promise<ProjectFacts | null> {
  if (!isUuid(projectId)) return null;
  const db = tx ?? (await getDb());
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), visibleProjects(db, ctx)));
  if (!row) return null;
  return toProjectFacts(row, await partnersOfProject(db, ctx, projectId));
}

export async function listPartnersForOrg(ctx: SessionContext) {
  const db = await getDb();
  return db
    .select({ id: partners.id, name: partners.name, country: partners.country })
    .from(partners)
    .where(eq(partners.organizationId, ctx.organizationId))
    .orderBy(asc(partners.name));
}

function projectColumns(values: ProjectValues) {
  return {
    name: values.name,
    summary: values.summary,
    hostCountry: values.hostCountry,
    sector: values.sector,
    participationMode: values.participationMode,
    budget: values.budget.toFixed(2),
    currency: values.currency,
    startDate: values.startDate,
    endDate: values.endDate,
  };
}

/**
 * Links the form's partners to the project: existing partners (by id, only this organisation's)
 * are renamed if edited, new ones are created, and partners removed from the form are unlinked.
 */
async function syncPartners(tx: DbOrTx, ctx: SessionContext, projectId: string, list: ProjectValues["partners"]) {
  const ids: string[] = [];
  for (const partner of list) {
    if (partner.id) {
      const [updated] = await tx
        .update(partners)
        .set({ name: partner.name, country: partner.country, updatedAt: new Date() })
        .where(and(eq(partners.id, partner.id), eq(partners.organizationId, ctx.organizationId)))
        .returning({ id: partners.id });
      if (!updated) throw new NotFoundError("A partner in this form");
      ids.push(updated.id);
    } else {
      const [created] = await tx
        .insert(partners)
        .values({ organizationId: ctx.organizationId, name: partner.name, country: partner.country })
        .returning({ id: partners.id });
      ids.push(created!.id);
    }
  }
  await tx.delete(projectPartners).where(and(eq(projectPartners.organizationId, ctx.organizationId), eq(projectPartners.projectId, projectId)));
  const unique = [...new Set(ids)];
  if (unique.length) {
    await tx.insert(projectPartners).values(unique.map((partnerId) => ({ organizationId: ctx.organizationId, projectId, partnerId })));
  }
}

export async function createProjectForOrg(ctx: SessionContext, values: ProjectValues): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projects)
      .values({ organizationId: ctx.organizationId, ...projectColumns(values) })
      .returning({ id: projects.id });
    await syncPartners(tx, ctx, row!.id, values.partners);
    await recordAudit(tx, ctx, { action: "project.create", entityType: "project", entityId: row!.id, after: values });
    return row!.id;
  });
}

export async function updateProjectForOrg(ctx: SessionContext, projectId: string, values: ProjectValues): Promise<void> {
  if (!isUuid(projectId)) throw new NotFoundError("The project");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await getProjectForOrg(ctx, projectId, tx);
    if (!before) throw new NotFoundError("The project");
    const [row] = await tx
      .update(projects)
      .set({ ...projectColumns(values), updatedAt: new Date() })
      .where(and(eq(projects.id, projectId), eq(projects.organizationId, ctx.organizationId)))
      .returning({ id: projects.id });
    if (!row) throw new NotFoundError("The project");
    await syncPartners(tx, ctx, projectId, values.partners);
    await recordAudit(tx, ctx, { action: "project.update", entityType: "project", entityId: projectId, before, after: values });
  });
}
