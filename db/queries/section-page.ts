import { and, eq } from "drizzle-orm";
import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import type { SessionContext } from "@/lib/domain/session-context";
import { isUuid } from "@/lib/errors";
import { getDb } from "../client";
import { assessments } from "../schema";
import { loadAssessmentChildren } from "./assessment-children";
import { factsFrom, selectAssessments } from "./assessments";
import { getProjectForOrg } from "./projects";
import { visibleAssessments } from "./scope";
import { listReturnNotesOfPreviousVersion } from "./versions";

/**
 * Everything a section form page reads, in at most five statements whatever the checklist's size:
 * the assessment, its answers, risks, indicators, files and revisions (one), the project and its
 * partners (two), and a returned version's notes (one). Null when the session may not see it.
 */
export async function getSectionPageForOrg(ctx: SessionContext, assessmentId: string) {
  if (!isUuid(assessmentId)) return null;
  const db = await getDb();
  const rows = await selectAssessments(db).where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)));
  if (rows.length === 0) return null;
  const children = await loadAssessmentChildren(db, ctx, [assessmentId]);
  const [facts] = factsFrom(rows, children);
  const [project, returnNotes] = await Promise.all([getProjectForOrg(ctx, facts!.projectId, db), listReturnNotesOfPreviousVersion(ctx, facts!)]);
  if (!project) return null;
  return { facts: facts!, project, checklist: assessmentChecklist(facts!), revisions: children.get(assessmentId)?.revisions ?? {}, returnNotes };
}
