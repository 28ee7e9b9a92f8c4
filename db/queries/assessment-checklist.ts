import { and, eq } from "drizzle-orm";
import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import type { ChecklistDefinition } from "@/lib/checklists/definition-schema";
import type { SessionContext } from "@/lib/domain/session-context";
import { AssessmentFrozenError, isUuid, NotFoundError } from "@/lib/errors";
import type { DbOrTx } from "../client";
import { assessments } from "../schema";
import { ownRisksOf } from "./assessment-children";
import { visibleAssessments } from "./scope";

/**
 * Locks a draft for writing, as lockDraftForOrg does, and answers with what a save checks its
 * changes against: the checklist exactly as the draft is answered (its stored version, the mode it
 * started in, its own risks). One statement and none of the answers: the autosave runs it on every
 * keystroke pause. Not found for a session that may not see it; a submitted assessment is frozen.
 * The id comes back as stored: writes and audit entries name the version by it, never as the request spelled it.
 */
export async function lockDraftChecklistForOrg(
  tx: DbOrTx,
  ctx: SessionContext,
  assessmentId: string,
): Promise<{ id: string; checklist: ChecklistDefinition }> {
  if (!isUuid(assessmentId)) throw new NotFoundError("things.assessment");
  const [row] = await tx
    .select({
      id: assessments.id,
      status: assessments.status,
      kind: assessments.kind,
      checklistVersion: assessments.checklistVersion,
      participationMode: assessments.participationMode,
      ownRisks: ownRisksOf(ctx),
    })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)))
    .for("update");
  if (!row) throw new NotFoundError("things.assessment");
  if (row.status !== "draft") throw new AssessmentFrozenError();
  return { id: row.id, checklist: assessmentChecklist(row) };
}
