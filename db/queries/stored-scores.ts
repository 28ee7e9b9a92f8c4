import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { ScoreSnapshot } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { currentSnapshot, scoreSnapshotOf } from "@/lib/report/score-snapshot";
import { isSettled } from "@/lib/report/standing";
import { SCORE_MODEL } from "@/lib/scoring/config";
import type { Db, DbOrTx } from "../client";
import { assessments, organizations, projects } from "../schema";
import { loadFacts, selectAssessments, type AssessmentRow } from "./assessments";
import { toProjectFacts } from "./projects";
import { inOrganisation, visibleAssessments } from "./scope";

type Scored = Pick<AssessmentRow, "id" | "status" | "scoreSnapshot" | "scoreModel">;

/** Scores of the given rows computed from their answers, with the report model. */
async function computeScores(db: DbOrTx, ctx: SessionContext, rows: AssessmentRow[]): Promise<Map<string, ScoreSnapshot>> {
  const scores = new Map<string, ScoreSnapshot>();
  if (rows.length === 0) return scores;
  const facts = await loadFacts(db, ctx, rows);
  const projectRows = await db
    .select()
    .from(projects)
    .where(and(inOrganisation(ctx, projects), inArray(projects.id, [...new Set(rows.map((r) => r.projectId))])));
  const byId = new Map(projectRows.map((p) => [p.id, toProjectFacts(p, [])]));
  for (const f of facts) {
    const project = byId.get(f.projectId);
    if (project) scores.set(f.id, scoreSnapshotOf(project, f));
  }
  return scores;
}

/**
 * The scores of each settled version among `rows`: the stored snapshot where the current scoring
 * rules made it, otherwise computed now from its answers (a version seeded or imported before the
 * start-up refresh ran). Drafts are not in the map: their rating moves with every answer.
 * Reading never writes: the refresh at start stores what is missing.
 */
export async function settledScoresForOrg(db: DbOrTx, ctx: SessionContext, rows: ReadonlyArray<Scored>): Promise<Map<string, ScoreSnapshot>> {
  const scores = new Map<string, ScoreSnapshot>();
  const missing: string[] = [];
  for (const row of rows) {
    if (!isSettled(row.status)) continue;
    const stored = currentSnapshot(row);
    if (stored) scores.set(row.id, stored);
    else missing.push(row.id);
  }
  for (const [id, score] of await computeMissingScoresForOrg(db, ctx, missing)) scores.set(id, score);
  return scores;
}

/** The scores of these settled versions, computed from their answers (those with none from the current rules). */
async function computeMissingScoresForOrg(db: DbOrTx, ctx: SessionContext, ids: string[]): Promise<Map<string, ScoreSnapshot>> {
  if (ids.length === 0) return new Map();
  return computeScores(db, ctx, await selectAssessments(db).where(and(visibleAssessments(ctx), inArray(assessments.id, ids))));
}

const stale = or(isNull(assessments.scoreSnapshot), isNull(assessments.scoreModel), ne(assessments.scoreModel, SCORE_MODEL));

/**
 * Stores the scores of every settled version that has none from the current rules: versions
 * seeded, imported, or scored by rules since changed (SCORE_MODEL). Run at start, inside the
 * start-up lock. A derived value, not an edit, so it is not in the audit log. Returns how many.
 */
export async function refreshStoredScores(db: Db, batch = 500): Promise<number> {
  const orgs = await db
    .selectDistinct({ id: assessments.organizationId, name: organizations.name })
    .from(assessments)
    .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
    .where(and(ne(assessments.status, "draft"), stale));
  let stored = 0;
  for (const org of orgs) {
    // The refresh acts for the organisation as a whole: an admin's scope, no person behind it.
    const ctx: SessionContext = { organizationId: org.id, organizationName: org.name, userId: "system", userName: "system", role: "admin" };
    for (;;) {
      const rows = await selectAssessments(db).where(and(inOrganisation(ctx, assessments), ne(assessments.status, "draft"), stale)).limit(batch);
      if (rows.length === 0) break;
      const scores = await computeScores(db, ctx, rows);
      // A version whose project is gone cannot be scored; marking it keeps the loop from finding it again.
      const values = rows.map((r) => ({ id: r.id, snapshot: scores.get(r.id) ?? { score: null, rating: null, redFlags: 0, gaps: 0 } }));
      await db.execute(sql`
        update ${assessments} set score_snapshot = v.snapshot, score_model = ${SCORE_MODEL}
        from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, snapshot jsonb)
        where ${assessments.id} = v.id and ${inOrganisation(ctx, assessments)}`);
      stored += rows.length;
    }
  }
  return stored;
}
