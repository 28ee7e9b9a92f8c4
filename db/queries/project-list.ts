import { and, asc, count, desc, eq, exists, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import type { Locale } from "@/lib/i18n/locales";
import { likePattern, pageWindow } from "@/lib/lists/search-params";
import { PROJECTS_PER_PAGE, type ProjectListQuery } from "@/lib/lists/project-list-query";
import { countryCodesByName, countryCodesMatching } from "@/lib/projects/country-search";
import { getDb, type DbOrTx } from "../client";
import { assessments, partners, projectPartners, projects } from "../schema";
import { currentVersion } from "./assessment-series";
import { withAssessments, type ProjectWithAssessments } from "./portfolio";
import { inOrganisation, visibleAssessments, visibleProjects } from "./scope";

export type ProjectPage = { rows: ProjectWithAssessments[]; total: number; page: number; pageCount: number };

/** Search: the project's name, a partner's name (any script, Latin without case), or the host country by code or name in either language. */
function searchCondition(db: DbOrTx, ctx: SessionContext, q: string): SQL | undefined {
  if (!q) return undefined;
  const pattern = likePattern(q);
  const partnerNamed = db
    .select({ one: sql`1` })
    .from(projectPartners)
    .innerJoin(partners, and(eq(partners.id, projectPartners.partnerId), inOrganisation(ctx, partners)))
    .where(and(inOrganisation(ctx, projectPartners), eq(projectPartners.projectId, projects.id), ilike(partners.name, pattern)));
  const codes = countryCodesMatching(q);
  return or(ilike(projects.name, pattern), exists(partnerNamed), codes.length ? inArray(projects.hostCountry, codes) : undefined);
}

/** Projects with a current assessment in this status (draft, submitted, approved, returned). */
function statusCondition(db: DbOrTx, ctx: SessionContext, status: ProjectListQuery["status"]): SQL | undefined {
  if (!status) return undefined;
  return exists(
    db
      .select({ one: sql`1` })
      .from(assessments)
      .where(and(visibleAssessments(ctx), eq(assessments.projectId, projects.id), currentVersion(), eq(assessments.status, status))),
  );
}

function orderOf(sort: ProjectListQuery["sort"], locale: Locale): SQL[] {
  switch (sort) {
    case "name":
      return [asc(sql`lower(${projects.name})`), asc(projects.id)];
    case "country": {
      // By the country's name in the reader's language (pinyin for Chinese), which SQL cannot know:
      // the order comes from the country list. The codes are the library's own two letters, never the request's.
      const codes = countryCodesByName(locale).filter((c) => /^[A-Z]{2}$/.test(c));
      const position = sql.raw(`case "project"."host_country" ${codes.map((c, i) => `when '${c}' then ${i}`).join(" ")} else ${codes.length} end`);
      return [asc(position), asc(sql`lower(${projects.name})`), asc(projects.id)];
    }
    case "start":
      return [desc(projects.startDate), asc(sql`lower(${projects.name})`), asc(projects.id)];
    case "updated":
      return [desc(projects.updatedAt), asc(projects.id)];
  }
}

/**
 * One page of the projects list: searched, filtered, counted and paged in SQL, within what the
 * session may see (visibleProjects: an evaluator's given projects only). A page past the end
 * shows the last one.
 */
export async function listProjectPageForOrg(ctx: SessionContext, query: ProjectListQuery, locale: Locale): Promise<ProjectPage> {
  const db = await getDb();
  const where = and(
    visibleProjects(ctx),
    searchCondition(db, ctx, query.q),
    query.mode ? eq(projects.participationMode, query.mode) : undefined,
    query.country ? eq(projects.hostCountry, query.country) : undefined,
    statusCondition(db, ctx, query.status),
  );
  const [counted] = await db.select({ total: count() }).from(projects).where(where);
  const total = counted?.total ?? 0;
  const { page, pageCount, offset } = pageWindow(total, PROJECTS_PER_PAGE, query.page);
  const projectRows = total === 0 ? [] : await db.select().from(projects).where(where).orderBy(...orderOf(query.sort, locale)).limit(PROJECTS_PER_PAGE).offset(offset);
  return { rows: await withAssessments(db, ctx, projectRows), total, page, pageCount };
}

/** The host countries of the projects this session may see: the choices of the country filter. */
export async function listProjectCountriesForOrg(ctx: SessionContext): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ code: projects.hostCountry }).from(projects).where(visibleProjects(ctx));
  return rows.map((r) => r.code);
}

/** Whether this session can see any project at all: the start page's first-run state. */
export async function hasVisibleProjectsForOrg(ctx: SessionContext): Promise<boolean> {
  const db = await getDb();
  const rows = await db.select({ id: projects.id }).from(projects).where(visibleProjects(ctx)).limit(1);
  return rows.length > 0;
}
