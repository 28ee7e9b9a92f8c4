import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { AssessmentFacts, ProjectFacts } from "@/lib/domain/facts";
import { seriesOfFile } from "@/lib/exports/file-series";
import type { ExportedAssessment, ExportFile } from "@/lib/exports/format-schema";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { answers, assessments, indicators, mitigations, partners, projectPartners, projects, reviewNotes, risks } from "../schema";
import { loadFacts, selectAssessments } from "./assessments";
import { recordAudit } from "./audit";
import { getProjectForOrg } from "./projects";
import { indicatorRows } from "./indicator-rows";
import { dropStoredKeys, insertImportedEvidence, insertOwnRisks, storedKeysOfImport, type ArchiveBlobs } from "./import-evidence";
import { inOrganisation } from "./scope";

type Series = { id: string; isCurrent: boolean };

async function insertAssessment(tx: DbOrTx, ctx: SessionContext, projectId: string, partnerId: string | null, a: ExportedAssessment, series: Series) {
  const org = ctx.organizationId;
  const date = (iso: string | null) => (iso === null ? null : new Date(iso));
  const [row] = await tx
    .insert(assessments)
    .values({
      organizationId: org,
      projectId,
      partnerId,
      kind: a.kind,
      checklistVersion: a.checklistVersion,
      participationMode: a.participationMode,
      status: a.status,
      seriesId: series.id,
      version: a.version,
      isCurrent: series.isCurrent,
      submittedAt: date(a.submittedAt),
      submittedBy: a.submittedBy,
      reviewedAt: date(a.reviewedAt),
      reviewedBy: a.reviewedBy,
      scoreSnapshot: a.scoreSnapshot,
    })
    .returning({ id: assessments.id });
  const assessmentId = row!.id;
  if (a.answers.length) await tx.insert(answers).values(a.answers.map((x) => ({ organizationId: org, assessmentId, ...x })));
  for (const { mitigation, ...risk } of a.risks) {
    const [inserted] = await tx.insert(risks).values({ organizationId: org, assessmentId, ...risk }).returning({ id: risks.id });
    if (mitigation) await tx.insert(mitigations).values({ organizationId: org, riskId: inserted!.id, ...mitigation });
  }
  if (a.indicators.length) {
    await tx.insert(indicators).values(indicatorRows(org, assessmentId, a.indicators));
  }
  if (a.reviewNotes.length) {
    // The authors were users of the other server: their names and roles are kept, and the
    // importing user stands in as the author id (ids of another server name nobody here).
    await tx.insert(reviewNotes).values(
      a.reviewNotes.map((n) => ({ organizationId: org, assessmentId, ...n, authorId: ctx.userId, createdAt: new Date(n.createdAt) })),
    );
  }
  await insertOwnRisks(tx, ctx, assessmentId, a.ownRisks);
  return assessmentId;
}

/** Checks what was written, read back inside the transaction; throwing rolls the import back. */
export type VerifyStoredImport = (stored: ProjectFacts | null, assessments: AssessmentFacts[]) => void;

/** The new project, and how many of the files the export names it kept (none from a JSON file alone). */
export type ImportOutcome = { projectId: string; filesNamed: number; filesKept: number };

/**
 * Creates a new project in the session's organisation from an export file: its partners (new
 * rows of this organisation), every assessment version with its answers, risks, own risks,
 * indicators and review notes, the files when a project archive brings their bytes (`blobs`), and
 * the audit entries. Then reads it all back as every page reads it and hands it to `verify`
 * (lib/exports/verify-import.ts checks the scores), all in one transaction.
 */
export async function importProjectForOrg(ctx: SessionContext, file: ExportFile, verify: VerifyStoredImport, blobs?: ArchiveBlobs): Promise<ImportOutcome> {
  const org = ctx.organizationId;
  const db = await getDb();
  const stored = await storedKeysOfImport();
  const filesNamed = file.assessments.reduce((n, a) => n + a.files.length, 0);
  try {
    return await db.transaction(async (tx) => {
      const { partners: partnerSpecs, scores: _scores, ...columns } = file.project;
      const [project] = await tx.insert(projects).values({ organizationId: org, ...columns }).returning({ id: projects.id });
      const projectId = project!.id;
      const partnerIdOf = new Map<string, string>();
      for (const p of partnerSpecs) {
        const [row] = await tx.insert(partners).values({ organizationId: org, name: p.name, country: p.country }).returning({ id: partners.id });
        partnerIdOf.set(p.ref, row!.id);
        await tx.insert(projectPartners).values({ organizationId: org, projectId, partnerId: row!.id });
      }
      // Each series of the file gets a new id of this server; its newest version is the current one.
      const seriesIds = new Map<string, string>();
      const series = seriesOfFile(file.assessments).map(({ key, isCurrent }) => {
        if (!seriesIds.has(key)) seriesIds.set(key, randomUUID());
        return { id: seriesIds.get(key)!, isCurrent };
      });
      const ids: string[] = [];
      for (const [i, a] of file.assessments.entries()) {
        ids.push(await insertAssessment(tx, ctx, projectId, a.partnerRef === null ? null : partnerIdOf.get(a.partnerRef)!, a, series[i]!));
      }
      const filesKept = blobs ? await insertImportedEvidence(tx, ctx, file, ids, blobs, stored) : 0;
      await recordAudit(tx, ctx, [
        {
          action: "project.import",
          entityType: "project",
          entityId: projectId,
          after: { format: file.format, formatVersion: file.formatVersion, exportedAt: file.exportedAt, contents: file.contents, name: file.project.name, assessments: ids.length, files: filesKept },
        },
        ...file.assessments.map((a, i) => ({
          action: "assessment.import" as const,
          entityType: "assessment" as const,
          entityId: ids[i]!,
          after: { projectId, kind: a.kind, version: a.version, status: a.status, checklistVersion: a.checklistVersion, scores: { rating: a.scores.rating, score: a.scores.score } },
        })),
      ]);

      // Read back what was written, as every page reads it.
      const storedProject = await getProjectForOrg(ctx, projectId, tx);
      const rows = ids.length ? await selectAssessments(tx).where(and(inOrganisation(ctx, assessments), inArray(assessments.id, ids))) : [];
      const facts = await loadFacts(tx, ctx, rows);
      verify(storedProject, ids.map((id) => facts.find((f) => f.id === id)!));
      return { projectId, filesNamed, filesKept };
    });
  } catch (error) {
    await dropStoredKeys(ctx, stored);
    throw error;
  }
}
