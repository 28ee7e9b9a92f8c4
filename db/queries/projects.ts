import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { isUuid, NotFoundError } from "@/lib/errors";
import type { ProjectValues } from "@/lib/projects/project-schema";
import type { ProjectFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, partners, projectPartners, projects } from "../schema";
import { recordAudit } from "./audit";
import { inOrganisation, visibleProjects } from "./scope";

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
    .where(visibleProjects(ctx))
    .orderBy(desc(projects.updatedAt));
  const stages = rows.length
    ? await db
        .select({ projectId: assessments.projectId, kind: assessments.kind, status: assessments.status })
        .from(assessments)
        .where(and(inOrganisation(ctx, assessments), inArray(assessments.projectId, rows.map((r) => r.id))))
    : [];
  return rows.map((row) => ({ ...row, assessments: stages.filter((s) => s.projectId === row.id) }));
}

async function partnersOfProject(db: DbOrTx, ctx: SessionContext, projectId: string) {
  return db
    .select({ id: partners.id, name: partners.name, country: partners.country })
    .from(projectPartners)
    .innerJoin(partners, and(eq(partners.id, projectPartners.partnerId), inOrganisation(ctx, partners)))
    .where(and(inOrganisation(ctx, projectPartners), eq(projectPartners.projectId, projectId)))
    .orderBy(asc(partners.name));
}

/** The project with its partners, or null when it does not exist in this organisation. */
export async function getProjectForOrg(ctx: SessionContext, projectId: string, tx?: DbOrTx): Promise<ProjectFacts | null> {
  if (!isUuid(projectId)) return null;
  const db = tx ?? (await getDb());
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), visibleProjects(ctx)));
  if (!row) return null;
  return toProjectFacts(row, await partnersOfProject(db, ctx, projectId));
}

export async function listPartnersForOrg(ctx: SessionContext) {
  const db = await getDb();
  return db
    .select({ id: partners.id, name: partners.name, country: partners.country })
    .from(partners)
    .where(inOrganisation(ctx, partners))
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
/** A partner named by id must be this organisation's: refused as not found, whatever else the form says. */
async function ensurePartnersOfOrg(tx: DbOrTx, ctx: SessionContext, list: ProjectValues["partners"]) {
  const ids = [...new Set(list.flatMap((p) => (p.id ? [p.id] : [])))];
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(inOrganisation(ctx, partners), inArray(partners.id, ids)));
  if (found.length !== ids.length) throw new NotFoundError("things.partnerInForm");
}

async function syncPartners(tx: DbOrTx, ctx: SessionContext, projectId: string, list: ProjectValues["partners"]) {
  const ids: string[] = [];
  for (const partner of list) {
    if (partner.id) {
      const [updated] = await tx
        .update(partners)
        .set({ name: partner.name, country: partner.country, updatedAt: new Date() })
        .where(and(eq(partners.id, partner.id), inOrganisation(ctx, partners)))
        .returning({ id: partners.id });
      if (!updated) throw new NotFoundError("things.partnerInForm");
      ids.push(updated.id);
    } else {
      const [created] = await tx
        .insert(partners)
        .values({ organizationId: ctx.organizationId, name: partner.name, country: partner.country })
        .returning({ id: partners.id });
      ids.push(created!.id);
    }
  }
  await tx.delete(projectPartners).where(and(inOrganisation(ctx, projectPartners), eq(projectPartners.projectId, projectId)));
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

/** Someone saved the project since the editor loaded it: who, when, and the revision to base a retry on. */
export type ProjectConflict = { by: string | null; at: string; revision: number };

/**
 * Saves the project form. With `base` (the revision the form was loaded with) nothing is written
 * when someone saved the project since: their name, time and revision come back instead, and the
 * editor chooses. Without it (seeding and tests) the form's values are written as they are.
 */
export async function updateProjectForOrg(ctx: SessionContext, projectId: string, values: ProjectValues, base?: number): Promise<ProjectConflict | null> {
  if (!isUuid(projectId)) throw new NotFoundError("things.project");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ revision: projects.revision, updatedBy: projects.updatedBy, updatedAt: projects.updatedAt })
      .from(projects)
      .where(and(eq(projects.id, projectId), visibleProjects(ctx)))
      .for("update");
    const before = locked ? await getProjectForOrg(ctx, projectId, tx) : null;
    if (!locked || !before) throw new NotFoundError("things.project");
    await ensurePartnersOfOrg(tx, ctx, values.partners);
    if (base !== undefined && base !== locked.revision) return { by: locked.updatedBy, at: locked.updatedAt.toISOString(), revision: locked.revision };
    const { revision: _, ...after } = values;
    await tx
      .update(projects)
      .set({ ...projectColumns(values), revision: locked.revision + 1, updatedBy: ctx.userName, updatedAt: new Date() })
      .where(and(eq(projects.id, projectId), inOrganisation(ctx, projects)));
    await syncPartners(tx, ctx, projectId, values.partners);
    await recordAudit(tx, ctx, { action: "project.update", entityType: "project", entityId: projectId, before, after });
    return null;
  });
}

/** The project's revision now: what the edit form bases its save on. */
export async function getProjectRevisionForOrg(ctx: SessionContext, projectId: string): Promise<number | null> {
  if (!isUuid(projectId)) return null;
  const db = await getDb();
  const [row] = await db.select({ revision: projects.revision }).from(projects).where(and(eq(projects.id, projectId), visibleProjects(ctx)));
  return row?.revision ?? null;
}
