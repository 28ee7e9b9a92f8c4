import { and, asc, eq, getTableColumns } from "drizzle-orm";
import type { AssessmentFacts } from "@/lib/domain/facts";
import type { ScoreSnapshot } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb } from "../client";
import { assessments, reviewNotes } from "../schema";
import { versionsOfSeries } from "./assessment-series";
import { getAssessmentForOrg, loadFacts, selectAssessments } from "./assessments";
import { inOrganisation, visibleAssessments } from "./scope";

export type VersionFacts = AssessmentFacts & { scoreSnapshot: ScoreSnapshot | null };

/** Every version of the assessment this one belongs to, oldest first, or null when it is not visible. */
export async function listVersionsForOrg(ctx: SessionContext, assessmentId: string) {
  const found = await getAssessmentForOrg(ctx, assessmentId);
  if (!found) return null;
  const { facts } = found;
  const db = await getDb();
  const rows = await selectAssessments(db)
    .where(and(visibleAssessments(ctx), versionsOfSeries(facts.seriesId)))
    .orderBy(asc(assessments.version));
  const loaded = await loadFacts(db, ctx, rows);
  const snapshots = new Map(rows.map((r) => [r.id, r.scoreSnapshot]));
  const versions: VersionFacts[] = loaded.map((f) => ({ ...f, scoreSnapshot: snapshots.get(f.id) ?? null }));
  return { project: found.project, versions };
}

/** The comments the previous version was returned with, shown while the new version is edited. */
export async function listReturnNotesOfPreviousVersion(ctx: SessionContext, facts: AssessmentFacts) {
  if (facts.version <= 1) return [];
  const db = await getDb();
  // One statement: the notes of the version before this one in its series, if the session sees it.
  return db
    .select(getTableColumns(reviewNotes))
    .from(reviewNotes)
    .innerJoin(assessments, and(eq(assessments.id, reviewNotes.assessmentId), visibleAssessments(ctx), versionsOfSeries(facts.seriesId), eq(assessments.version, facts.version - 1)))
    .where(and(inOrganisation(ctx, reviewNotes), eq(reviewNotes.kind, "return")))
    .orderBy(asc(reviewNotes.createdAt));
}
