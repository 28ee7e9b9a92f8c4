import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import { projectEvaluators, projects } from "../schema";
import type { DbOrTx } from "../client";

/**
 * The projects this session may see: its organisation's, and for an outside evaluator only
 * those given to them. Every read of a project goes through this condition.
 */
export function visibleProjects(db: DbOrTx, ctx: SessionContext): SQL {
  const ofOrganisation = eq(projects.organizationId, ctx.organizationId);
  if (ctx.role !== "evaluator") return ofOrganisation;
  const given = db
    .select({ projectId: projectEvaluators.projectId })
    .from(projectEvaluators)
    .where(and(eq(projectEvaluators.organizationId, ctx.organizationId), eq(projectEvaluators.userId, ctx.userId)));
  return and(ofOrganisation, inArray(projects.id, given))!;
}
