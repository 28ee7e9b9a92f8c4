import { and, asc, desc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, auditLog, projects, reviewNotes } from "../schema";
import { currentVersion } from "./assessment-series";
import { loadFacts, selectAssessments } from "./assessments";
import { reviewBlocksOf, selfApprovalAllowed } from "./four-eyes";
import { toProjectFacts } from "./projects";
import { inOrganisation, visibleAssessments, visibleProjects } from "./scope";

/** One assessment on the start page, with what its line needs: the project (to link), the facts (to rate). */
export type NeedsMeRow = { facts: AssessmentFacts; project: ProjectFacts };

/** The session's own audit entries on this assessment (started it, or saved an answer, a risk or the indicators). */
function touchedByMe(ctx: SessionContext, actions: string[]): SQL {
  return exists(
    sql`(select 1 from ${auditLog} where ${and(
      inOrganisation(ctx, auditLog),
      eq(auditLog.actorId, ctx.userId),
      inArray(auditLog.action, actions),
      eq(auditLog.assessmentId, assessments.id),
    )})`,
  );
}

async function withProjects(db: DbOrTx, ctx: SessionContext, facts: AssessmentFacts[]): Promise<NeedsMeRow[]> {
  if (facts.length === 0) return [];
  const rows = await db
    .select()
    .from(projects)
    .where(and(visibleProjects(ctx), inArray(projects.id, [...new Set(facts.map((f) => f.projectId))])));
  const byId = new Map(rows.map((r) => [r.id, toProjectFacts(r, [])]));
  return facts.flatMap((f) => {
    const project = byId.get(f.projectId);
    return project ? [{ facts: f, project }] : [];
  });
}

/** How many lines a group of the start page lists; the rest are counted and found on the projects list. */
export const HOME_LINES = 20;

/** A group's first lines and how many there are in all. */
export type Listed<T> = { rows: T[]; total: number };

/**
 * Drafts this person started or edited, the most recently saved first: the first `limit`, leaving
 * out those listed elsewhere (a draft made by a return sits under "returned to you"). Only the lines
 * shown are read with their answers.
 */
export async function listMyDraftsForOrg(ctx: SessionContext, limit = HOME_LINES, excluding: ReadonlySet<string> = new Set()): Promise<Listed<NeedsMeRow>> {
  const db = await getDb();
  const ids = (
    await db
      .select({ id: assessments.id })
      .from(assessments)
      .where(
        and(
          visibleAssessments(ctx),
          currentVersion(),
          eq(assessments.status, "draft"),
          touchedByMe(ctx, ["assessment.start", "answer.edit", "risk.edit", "indicators.edit"]),
        ),
      )
      .orderBy(desc(assessments.updatedAt), asc(assessments.id))
  )
    .map((r) => r.id)
    .filter((id) => !excluding.has(id));
  const shown = ids.slice(0, limit);
  const rows = shown.length ? await selectAssessments(db).where(and(visibleAssessments(ctx), inArray(assessments.id, shown))) : [];
  const listed = await withProjects(db, ctx, await loadFacts(db, ctx, rows));
  listed.sort((a, b) => shown.indexOf(a.facts.id) - shown.indexOf(b.facts.id));
  return { rows: listed, total: ids.length };
}

export type ReturnedRow = NeedsMeRow & {
  /** The version that was returned; `facts` is the draft made from it, where the work goes on. */
  returnedVersion: number;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  /** The reviewer's comment on the whole assessment, and how many items they commented on. */
  comment: string | null;
  itemComments: number;
};

/** Versions this person submitted that a reviewer returned, while the next version is still a draft; latest return first. */
export async function listReturnedToMeForOrg(ctx: SessionContext): Promise<ReturnedRow[]> {
  const db = await getDb();
  const returned = await db
    .select({ id: assessments.id, seriesId: assessments.seriesId, version: assessments.version, reviewedBy: assessments.reviewedBy, reviewedAt: assessments.reviewedAt })
    .from(assessments)
    .where(
      and(
        visibleAssessments(ctx),
        eq(assessments.status, "returned"),
        // The stored submitter is a name; the audit log knows the account (as four eyes reads it).
        or(eq(assessments.submittedBy, ctx.userName), touchedByMe(ctx, ["assessment.submit"])),
      ),
    )
    .orderBy(desc(assessments.reviewedAt));
  if (returned.length === 0) return [];
  const drafts = await selectAssessments(db).where(
    and(visibleAssessments(ctx), currentVersion(), eq(assessments.status, "draft"), inArray(assessments.seriesId, returned.map((r) => r.seriesId))),
  );
  const notes = await db
    .select({ assessmentId: reviewNotes.assessmentId, criterionId: reviewNotes.criterionId, body: reviewNotes.body })
    .from(reviewNotes)
    .where(and(inOrganisation(ctx, reviewNotes), eq(reviewNotes.kind, "return"), inArray(reviewNotes.assessmentId, returned.map((r) => r.id))))
    .orderBy(asc(reviewNotes.createdAt));
  const current = await withProjects(db, ctx, await loadFacts(db, ctx, drafts));
  return returned.flatMap((r) => {
    // Only the return just before the draft: an older return in the series was already worked on.
    const row = current.find((c) => c.facts.seriesId === r.seriesId && c.facts.version === r.version + 1);
    if (!row) return [];
    const mine = notes.filter((n) => n.assessmentId === r.id);
    return [
      {
        ...row,
        returnedVersion: r.version,
        reviewedBy: r.reviewedBy,
        reviewedAt: r.reviewedAt,
        comment: mine.find((n) => n.criterionId === null)?.body || null,
        itemComments: mine.filter((n) => n.criterionId !== null).length,
      },
    ];
  });
}

export type WaitingRow = NeedsMeRow & { submittedAt: Date };

/**
 * Submitted versions this reviewer may review, oldest first: the first `limit` with their answers,
 * and how many in all. Four eyes: one they submitted or last edited waits for someone else (unless
 * the organisation allows self-approval); those are counted, so the reviewer knows they exist. The
 * rule is judged for the whole queue in one statement (reviewBlocksOf).
 */
export async function listWaitingForMyReviewForOrg(
  ctx: SessionContext,
  limit = HOME_LINES,
): Promise<Listed<WaitingRow> & { waitingForOthers: number }> {
  const db = await getDb();
  const queued = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(visibleAssessments(ctx), currentVersion(), eq(assessments.status, "submitted")))
    .orderBy(asc(assessments.submittedAt), asc(assessments.id));
  if (queued.length === 0) return { rows: [], total: 0, waitingForOthers: 0 };
  const selfApproval = await selfApprovalAllowed(db, ctx);
  const blocks = selfApproval ? null : await reviewBlocksOf(db, ctx, queued.map((q) => q.id));
  const mayReview = queued.map((q) => q.id).filter((id) => blocks === null || blocks.get(id) === null);
  const shown = mayReview.slice(0, limit);
  const rows = shown.length ? await selectAssessments(db).where(and(visibleAssessments(ctx), inArray(assessments.id, shown))) : [];
  const listed = await withProjects(db, ctx, await loadFacts(db, ctx, rows));
  // Oldest first, as queued: the one waiting longest is the one to take next.
  listed.sort((a, b) => shown.indexOf(a.facts.id) - shown.indexOf(b.facts.id));
  return {
    rows: listed.map((r) => ({ ...r, submittedAt: r.facts.submittedAt ?? r.facts.updatedAt })),
    total: mayReview.length,
    waitingForOthers: queued.length - mayReview.length,
  };
}
