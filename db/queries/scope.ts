import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Actor, SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, projectEvaluators, projects } from "../schema";

/** What this session may see: organisation, user, role and an evaluator's given projects. */
export type Scope = SessionContext;

/**
 * The one builder of a scope. lib/session.ts calls it once per request (React `cache`), tests
 * through the mocked session (db/testing/setup.ts) or directly. An evaluator's given projects are
 * read here, once, like the role itself: every statement of the request then compares against
 * that list instead of repeating a subquery on project_evaluator.
 */
export async function scopeFor(actor: Actor, tx?: DbOrTx): Promise<Scope> {
  const { organizationId, organizationName, userId, userName, role } = actor;
  if (role !== "evaluator") return { organizationId, organizationName, userId, userName, role };
  const db = tx ?? (await getDb());
  const given = await db
    .select({ projectId: projectEvaluators.projectId })
    .from(projectEvaluators)
    .where(and(inOrganisation({ organizationId }, projectEvaluators), eq(projectEvaluators.userId, userId)));
  return { organizationId, organizationName, userId, userName, role, givenProjectIds: given.map((g) => g.projectId) };
}

/** The tenant condition for any table with an organization_id column: rows of the scope's organisation only. */
export function inOrganisation(scope: Pick<Scope, "organizationId">, table: { organizationId: AnyPgColumn }): SQL {
  return eq(table.organizationId, scope.organizationId);
}

/** The evaluator's rule on a column naming a project: one of the projects given to them. Nothing for other roles. */
function givenProject(scope: Scope, projectId: AnyPgColumn): SQL | undefined {
  // inArray of an empty list is `false`: an evaluator given nothing sees nothing.
  return scope.role === "evaluator" ? inArray(projectId, [...scope.givenProjectIds]) : undefined;
}

/**
 * The projects this session may see: its organisation's, and for an outside evaluator only those
 * given to them. Every read of a project goes through this condition.
 */
export function visibleProjects(scope: Scope): SQL {
  return and(inOrganisation(scope, projects), givenProject(scope, projects.id))!;
}

/**
 * The assessments this session may see: its organisation's, and for an outside evaluator only
 * those whose own project (assessment.project_id) is given to them. This holds for a partner's due
 * diligence too: it is listed under every project working with the partner, but an evaluator sees
 * it only where it opens, under the project it was started in.
 */
export function visibleAssessments(scope: Scope): SQL {
  return and(inOrganisation(scope, assessments), givenProject(scope, assessments.projectId))!;
}
