import { and, eq, sql } from "drizzle-orm";
import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import type { ChecklistDefinition } from "@/lib/checklists/definition-schema";
import type { AssessmentStatus, OwnRiskFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { isUuid } from "@/lib/errors";
import { getDb } from "../client";
import { assessments, ownRisks } from "../schema";
import { jsonList } from "./json-list";
import { inOrganisation, visibleAssessments } from "./scope";

type OwnRiskItem = Pick<OwnRiskFacts, "criterionId" | "sectionId" | "title" | "description">;

/**
 * What a save checks its changes against, in one statement and none of the answers: the
 * assessment's status and its checklist exactly as it is answered (its stored version, the mode
 * it started in, its own risks). Null when the session may not see it. The autosave runs this
 * on every keystroke pause, so it reads no more than that.
 */
export async function getAssessmentChecklistForOrg(
  ctx: SessionContext,
  assessmentId: string,
): Promise<{ id: string; status: AssessmentStatus; checklist: ChecklistDefinition } | null> {
  if (!isUuid(assessmentId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: assessments.id,
      status: assessments.status,
      kind: assessments.kind,
      checklistVersion: assessments.checklistVersion,
      participationMode: assessments.participationMode,
      ownRisks: jsonList<OwnRiskItem>(sql`select json_agg(json_build_object('criterionId', ${ownRisks.criterionId}, 'sectionId', ${ownRisks.sectionId},
          'title', ${ownRisks.title}, 'description', ${ownRisks.description}) order by length(${ownRisks.criterionId}), ${ownRisks.criterionId})
        from ${ownRisks} where ${inOrganisation(ctx, ownRisks)} and ${ownRisks.assessmentId} = ${assessments.id}`),
    })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)));
  return row ? { id: row.id, status: row.status, checklist: assessmentChecklist(row) } : null;
}
