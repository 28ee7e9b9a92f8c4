import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import { assessmentChecklist } from "@/lib/checklists/assessment-checklist";
import { getChecklist, latestChecklist } from "@/lib/checklists/registry";
import { AssessmentFrozenError, isUuid, NotFoundError, UserFacingError } from "@/lib/errors";
import type { AssessmentFacts, ProjectFacts, RiskFacts } from "@/lib/domain/facts";
import type { AnswerValue } from "@/lib/scoring/config";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { assessments, partners } from "../schema";
import { currentVersion } from "./assessment-series";
import { loadAssessmentChildren, type AssessmentChildren } from "./assessment-children";
import { recordAudit } from "./audit";
import { getProjectForOrg } from "./projects";
import { inOrganisation, visibleAssessments } from "./scope";

export type AssessmentRow = Omit<typeof assessments.$inferSelect, "indicatorsRevision" | "indicatorsUpdatedBy" | "indicatorsUpdatedAt"> & { partnerName: string | null };

const assessmentColumns = {
  id: assessments.id,
  organizationId: assessments.organizationId,
  projectId: assessments.projectId,
  partnerId: assessments.partnerId,
  kind: assessments.kind,
  checklistVersion: assessments.checklistVersion,
  participationMode: assessments.participationMode,
  status: assessments.status,
  seriesId: assessments.seriesId,
  version: assessments.version,
  isCurrent: assessments.isCurrent,
  submittedAt: assessments.submittedAt,
  submittedBy: assessments.submittedBy,
  reviewedAt: assessments.reviewedAt,
  reviewedBy: assessments.reviewedBy,
  selfApproved: assessments.selfApproved,
  scoreSnapshot: assessments.scoreSnapshot,
  scoreModel: assessments.scoreModel,
  createdAt: assessments.createdAt,
  updatedAt: assessments.updatedAt,
  partnerName: partners.name,
};

/** Answers, risks, indicators, files and own risks of the given assessments, all filtered by the organisation (one statement). */
export async function loadFacts(db: DbOrTx, ctx: SessionContext, rows: AssessmentRow[]): Promise<AssessmentFacts[]> {
  if (rows.length === 0) return [];
  const children = await loadAssessmentChildren(db, ctx, rows.map((r) => r.id));
  return factsFrom(rows, children);
}

const none: AssessmentChildren = { answers: [], risks: [], indicators: [], files: [], ownRisks: [], revisions: {} };

/** The facts of assessment rows, with what loadAssessmentChildren found of each. */
export function factsFrom(rows: AssessmentRow[], children: Map<string, AssessmentChildren>): AssessmentFacts[] {
  return rows.map((row) => {
    const of = children.get(row.id) ?? none;
    return {
      id: row.id,
      projectId: row.projectId,
      kind: row.kind,
      checklistVersion: row.checklistVersion,
      participationMode: row.participationMode,
      status: row.status,
      seriesId: row.seriesId,
      version: row.version,
      isCurrent: row.isCurrent,
      submittedAt: row.submittedAt,
      submittedBy: row.submittedBy,
      reviewedAt: row.reviewedAt,
      reviewedBy: row.reviewedBy,
      selfApproved: row.selfApproved,
      updatedAt: row.updatedAt,
      partner: row.partnerId ? { id: row.partnerId, name: row.partnerName ?? "" } : null,
      answers: new Map(of.answers.map((a) => [a.criterionId, { value: a.value as AnswerValue | null, notes: a.notes, evidence: a.evidence }])),
      risks: new Map(
        of.risks.map((r): [string, RiskFacts] => [
          r.criterionId,
          {
            likelihood: r.likelihood,
            impact: r.impact,
            status: r.status,
            notes: r.notes,
            mitigation: r.action === null ? null : { action: r.action, owner: r.owner ?? "", dueDate: r.dueDate },
          },
        ]),
      ),
      ownRisks: of.ownRisks,
      files: of.files,
      indicators: of.indicators.map((i) => ({
        name: i.name,
        unit: i.unit,
        target: i.target === null ? null : Number(i.target),
        actual: i.actual === null ? null : Number(i.actual),
      })),
    };
  });
}

export function selectAssessments(db: DbOrTx) {
  return db.select(assessmentColumns).from(assessments).leftJoin(partners, and(eq(partners.id, assessments.partnerId), eq(partners.organizationId, assessments.organizationId)));
}

/** One assessment with its project, or null when it does not exist in this organisation. */
export async function getAssessmentForOrg(
  ctx: SessionContext,
  assessmentId: string,
): Promise<{ facts: AssessmentFacts; project: ProjectFacts } | null> {
  if (!isUuid(assessmentId)) return null;
  const db = await getDb();
  const rows = await selectAssessments(db).where(
    and(eq(assessments.id, assessmentId), visibleAssessments(ctx)),
  );
  const [facts] = await loadFacts(db, ctx, rows);
  if (!facts) return null;
  const project = await getProjectForOrg(ctx, facts.projectId, db);
  return project ? { facts, project } : null;
}

/**
 * The assessments (every version) that belong in these projects' picture, of those the session may
 * see: their own stages, and the due diligence of their partners, wherever that was started (it is
 * reused across projects). For an outside evaluator a partner's due diligence counts only when it
 * was started under a project given to them (visibleAssessments): listed anywhere else, it would
 * answer "not found" when opened.
 */
export function projectAssessmentsCondition(ctx: SessionContext, projectIds: string[], partnerIds: string[]) {
  const ownStages = and(inArray(assessments.projectId, projectIds), sql`${assessments.kind} <> 'partner'`);
  return and(
    visibleAssessments(ctx),
    partnerIds.length ? or(ownStages, and(eq(assessments.kind, "partner"), inArray(assessments.partnerId, partnerIds))) : ownStages,
  );
}

/** The current version of each assessment in the project's picture: what its pages and report show. */
export async function listAssessmentFactsForProject(ctx: SessionContext, project: ProjectFacts): Promise<AssessmentFacts[]> {
  const db = await getDb();
  const rows = await selectAssessments(db).where(
    and(projectAssessmentsCondition(ctx, [project.id], project.partners.map((p) => p.id)), currentVersion()),
  );
  return loadFacts(db, ctx, rows);
}

/**
 * Starts a checklist for a project on the latest checklist version, or returns the one already
 * started: each stage once per project, partner due diligence once per partner.
 */
export async function startAssessmentForOrg(
  ctx: SessionContext,
  input: { projectId: string; kind: ChecklistKind; partnerId: string | null },
): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const project = await getProjectForOrg(ctx, input.projectId, tx);
    if (!project) throw new NotFoundError("things.project");
    if ((input.kind === "partner") !== (input.partnerId !== null)) {
      throw new UserFacingError("errors.partnerOnlyForDueDiligence");
    }
    if (input.partnerId && !project.partners.some((p) => p.id === input.partnerId)) {
      throw new NotFoundError("things.partner");
    }
    // The current version of this stage (or of this partner's due diligence), if any.
    const findStarted = () =>
      tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(
          and(
            inOrganisation(ctx, assessments),
            input.partnerId
              ? and(eq(assessments.kind, "partner"), eq(assessments.partnerId, input.partnerId))
              : and(eq(assessments.kind, input.kind), eq(assessments.projectId, input.projectId)),
            currentVersion(),
          ),
        );
    const existing = await findStarted();
    if (existing[0]) return existing[0].id;
    const [row] = await tx
      .insert(assessments)
      .values({
        organizationId: ctx.organizationId,
        projectId: input.projectId,
        partnerId: input.partnerId,
        kind: input.kind,
        checklistVersion: latestChecklist(input.kind).version,
        participationMode: project.participationMode,
      })
      .onConflictDoNothing()
      .returning({ id: assessments.id });
    if (row) {
      await recordAudit(tx, ctx, { action: "assessment.start", entityType: "assessment", entityId: row.id, after: input });
      return row.id;
    }
    // Another request (a double click) started it between our check and insert: return that one.
    const [started] = await findStarted();
    if (!started) throw new Error("The assessment conflicted on insert but was not found");
    return started.id;
  });
}

/** Locks a draft for writing; a submitted assessment is frozen. */
export async function lockDraftForOrg(tx: DbOrTx, ctx: SessionContext, assessmentId: string) {
  if (!isUuid(assessmentId)) throw new NotFoundError("things.assessment");
  const [row] = await tx
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)))
    .for("update");
  if (!row) throw new NotFoundError("things.assessment");
  if (row.status !== "draft") throw new AssessmentFrozenError();
}

/** The assessment with the checklist exactly as it was started (its stored version, in the project's mode) and its own risks. */
export async function getAssessmentWithChecklistForOrg(ctx: SessionContext, assessmentId: string) {
  const found = await getAssessmentForOrg(ctx, assessmentId);
  if (!found) return null;
  return { ...found, checklist: assessmentChecklist(found.facts) };
}
