import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import { TIME_ZONE } from "@/lib/i18n/time-zone";
import { AUDIT_PER_PAGE, type AuditFilters } from "@/lib/lists/audit-query";
import { pageWindow } from "@/lib/lists/search-params";
import { getDb, type DbOrTx } from "../client";
import { rawRows } from "../raw-rows";
import { assessments, auditLog, projects } from "../schema";
import { inOrganisation, visibleProjects } from "./scope";

/** The project an entry is about: its own id, or the project of the assessment it is about (audit_log.assessment_id, filled in by the database). */
const projectIdOf = sql`coalesce(case when ${auditLog.entityType} = 'project' then ${auditLog.entityId} end, ${assessments.projectId}::text)`;

/** Midnight starting a day in the app's one time zone, the day the page shows for an entry. */
const startOfDay = (day: string, plusDays = 0) => sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${TIME_ZONE})`;

function filterConditions(ctx: SessionContext, filters: AuditFilters): SQL {
  return and(
    inOrganisation(ctx, auditLog),
    filters.who ? eq(auditLog.actorId, filters.who) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.project ? eq(projects.id, filters.project) : undefined,
    filters.from ? gte(auditLog.createdAt, startOfDay(filters.from)) : undefined,
    filters.to ? lt(auditLog.createdAt, startOfDay(filters.to, 1)) : undefined,
  )!;
}

function entries(db: DbOrTx, ctx: SessionContext, filters: AuditFilters) {
  return db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorName: auditLog.actorName,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
      projectId: projects.id,
      projectName: projects.name,
      assessmentKind: assessments.kind,
      assessmentVersion: assessments.version,
    })
    .from(auditLog)
    .leftJoin(assessments, and(eq(assessments.id, auditLog.assessmentId), inOrganisation(ctx, assessments)))
    .leftJoin(projects, and(sql`${projects.id}::text = ${projectIdOf}`, inOrganisation(ctx, projects)))
    .where(filterConditions(ctx, filters));
}
export type AuditListEntry = Awaited<ReturnType<typeof entries>>[number];

async function countEntries(db: DbOrTx, ctx: SessionContext, filters: AuditFilters) {
  const base = db.select({ total: count() }).from(auditLog);
  // The joins only when the project filter needs them: counting the whole log stays an index scan.
  const query = filters.project
    ? base
        .leftJoin(assessments, and(eq(assessments.id, auditLog.assessmentId), inOrganisation(ctx, assessments)))
        .leftJoin(projects, and(sql`${projects.id}::text = ${projectIdOf}`, inOrganisation(ctx, projects)))
    : base;
  const [row] = await query.where(filterConditions(ctx, filters));
  return row?.total ?? 0;
}

/** One page of the organisation's log, filtered, newest first; counted and paged in SQL. A page past the end shows the last. */
export async function listAuditPageForOrg(ctx: SessionContext, filters: AuditFilters, requestedPage: number) {
  const db = await getDb();
  const total = await countEntries(db, ctx, filters);
  const { page, pageCount, offset } = pageWindow(total, AUDIT_PER_PAGE, requestedPage);
  const rows = total === 0 ? [] : await entries(db, ctx, filters).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(AUDIT_PER_PAGE).offset(offset);
  return { rows, total, page, pageCount };
}

/** Every entry the filters select, newest first, up to `limit`: the CSV download. */
export async function listAuditForExport(ctx: SessionContext, filters: AuditFilters, limit: number) {
  const db = await getDb();
  return entries(db, ctx, filters).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit);
}

/**
 * Everyone who appears in the log (members who left too), under the name they were last recorded
 * with: the "who" filter. The log grows by an entry per save, so the actors are found by skipping
 * through its (organisation, actor, time) index, one step per person, never by reading every entry.
 */
export async function listAuditActorsForOrg(ctx: SessionContext) {
  const db = await getDb();
  const org = ctx.organizationId;
  const rows = await rawRows<{ id: string; name: string | null }>(
    db,
    sql`with recursive actor as (
        (select ${auditLog.actorId} as id from ${auditLog} where ${auditLog.organizationId} = ${org} order by ${auditLog.actorId} limit 1)
        union all
        select (select l.actor_id from ${auditLog} l where l.organization_id = ${org} and l.actor_id > actor.id order by l.actor_id limit 1)
          from actor where actor.id is not null)
      select actor.id, (select l.actor_name from ${auditLog} l where l.organization_id = ${org} and l.actor_id = actor.id
          order by l.created_at desc limit 1) as name
      from actor where actor.id is not null`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name ?? r.id })).sort((x, y) => x.name.localeCompare(y.name));
}

/** The organisation's projects by name: the "project" filter (the log is read by managers and admins, who see them all). */
export async function listProjectNamesForOrg(ctx: SessionContext) {
  const db = await getDb();
  return db.select({ id: projects.id, name: projects.name }).from(projects).where(visibleProjects(ctx)).orderBy(asc(projects.name));
}
