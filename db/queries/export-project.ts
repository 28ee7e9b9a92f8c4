import { and, asc, eq, inArray, or } from "drizzle-orm";
import { isUuid } from "@/lib/errors";
import type { ExportSource } from "@/lib/exports/build-export";
import type { ProjectFacts } from "@/lib/domain/facts";
import { isRating } from "@/lib/scoring/config";
import type { ScoreSnapshot } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { getFileStorage } from "../file-storage/file-storage";
import { assessments, evidenceFiles, partners, reviewNotes } from "../schema";
import { loadFacts, projectAssessmentsCondition, selectAssessments } from "./assessments";
import { getProjectForOrg } from "./projects";
import { inOrganisation, visibleAssessments } from "./scope";

type ExportData = { project: ProjectFacts; assessments: ExportSource[] };
type AssessmentRow = Parameters<typeof loadFacts>[2][number];

/** The stored snapshot, with its rating checked (the column is plain JSON). */
function snapshotOf(snapshot: ScoreSnapshot | null): ExportSource["scoreSnapshot"] {
  return snapshot ? { ...snapshot, rating: isRating(snapshot.rating) ? snapshot.rating : null } : null;
}

/** The given assessment rows as export sources: facts, the score snapshot and the review notes. */
async function toExportSources(db: DbOrTx, ctx: SessionContext, rows: AssessmentRow[]) {
  const facts = await loadFacts(db, ctx, rows);
  const notes = rows.length
    ? await db
        .select()
        .from(reviewNotes)
        .where(and(inOrganisation(ctx, reviewNotes), inArray(reviewNotes.assessmentId, rows.map((r) => r.id))))
        .orderBy(asc(reviewNotes.createdAt), asc(reviewNotes.id))
    : [];
  return facts.map(
    (f, i): ExportSource => ({
      ...f,
      scoreSnapshot: snapshotOf(rows[i]!.scoreSnapshot),
      reviewNotes: notes
        .filter((n) => n.assessmentId === f.id)
        .map((n) => ({ kind: n.kind, criterionId: n.criterionId, rating: n.rating, body: n.body, authorName: n.authorName, authorRole: n.authorRole, createdAt: n.createdAt })),
    }),
  );
}

/**
 * A project with every version of every assessment in its picture (its stages and its partners'
 * due diligence), or null when the session may not see it.
 */
export async function loadProjectExportForOrg(ctx: SessionContext, projectId: string): Promise<ExportData | null> {
  const project = await getProjectForOrg(ctx, projectId);
  if (!project) return null;
  const db = await getDb();
  const rows = await selectAssessments(db)
    .where(projectAssessmentsCondition(ctx, [project.id], project.partners.map((p) => p.id)))
    .orderBy(asc(assessments.kind), asc(assessments.version));
  return { project, assessments: await toExportSources(db, ctx, rows) };
}

/** One assessment version with its project, or null when the session may not see it. */
export async function loadAssessmentExportForOrg(ctx: SessionContext, assessmentId: string): Promise<ExportData | null> {
  if (!isUuid(assessmentId)) return null;
  const db = await getDb();
  const rows = await selectAssessments(db).where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)));
  const row = rows[0];
  if (!row) return null;
  // Through the project's visibility: an evaluator exports only the projects given to them.
  const project = await getProjectForOrg(ctx, row.projectId, db);
  if (!project) return null;
  // Due diligence is kept per partner; the partner may since have been unlinked from this project.
  if (row.partnerId && !project.partners.some((p) => p.id === row.partnerId)) {
    const [partner] = await db
      .select({ id: partners.id, name: partners.name, country: partners.country })
      .from(partners)
      .where(and(eq(partners.id, row.partnerId), inOrganisation(ctx, partners)));
    if (partner) project.partners = [...project.partners, partner];
  }
  return { project, assessments: await toExportSources(db, ctx, rows) };
}

/**
 * The bytes of the files of these assessment versions (as loadProjectExportForOrg found them, so
 * already within the session's scope), once per checksum: what a project archive carries.
 */
export async function loadEvidenceBytesForOrg(ctx: SessionContext, assessmentIds: readonly string[]): Promise<Map<string, Uint8Array>> {
  if (!assessmentIds.length) return new Map();
  const db = await getDb();
  const rows = await db
    .selectDistinctOn([evidenceFiles.sha256], { sha256: evidenceFiles.sha256, storageKey: evidenceFiles.storageKey })
    .from(evidenceFiles)
    .where(and(inOrganisation(ctx, evidenceFiles), inArray(evidenceFiles.assessmentId, [...assessmentIds])))
    .orderBy(asc(evidenceFiles.sha256));
  const storage = await getFileStorage();
  const out = new Map<string, Uint8Array>();
  for (const row of rows) {
    const bytes = await storage.get({ key: row.storageKey, organizationId: ctx.organizationId });
    if (bytes) out.set(row.sha256, bytes);
  }
  return out;
}
