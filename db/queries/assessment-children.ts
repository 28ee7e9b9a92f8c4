import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { EvidenceFileFacts, OwnRiskFacts, RiskFacts } from "@/lib/domain/facts";
import type { SessionContext } from "@/lib/domain/session-context";
import { INDICATORS_KEY } from "@/lib/forms/section-paths";
import type { DbOrTx } from "../client";
import { answers, assessments, evidenceFiles, indicators, mitigations, ownRisks, risks } from "../schema";
import { jsonList } from "./json-list";
import { inOrganisation } from "./scope";

type AnswerJson = { criterionId: string; revision: number; value: string | null; notes: string; evidence: string };
type RiskJson = { criterionId: string; revision: number; likelihood: number | null; impact: number | null; status: RiskFacts["status"]; notes: string; action: string | null; owner: string | null; dueDate: string | null };
type IndicatorJson = { name: string; unit: string; target: number | string | null; actual: number | string | null };
type FileJson = Omit<EvidenceFileFacts, "createdAt" | "id"> & { id: string; createdAt: string };
type OwnRiskJson = Omit<OwnRiskFacts, "createdAt"> & { createdAt: string };

/**
 * The own risks of the assessment row in the outer query, as a JSON list: D.OWN.2 after D.OWN.1
 * (and D.OWN.10 after D.OWN.9), the order they were added in. The facts read it, and so does the
 * autosave's checklist (lockDraftChecklistForOrg).
 */
export function ownRisksOf(ctx: SessionContext) {
  return jsonList<OwnRiskJson>(sql`select json_agg(json_build_object('criterionId', ${ownRisks.criterionId}, 'sectionId', ${ownRisks.sectionId}, 'title', ${ownRisks.title}, 'description', ${ownRisks.description},
      'addedByName', ${ownRisks.addedByName}, 'createdAt', ${ownRisks.createdAt}) order by length(${ownRisks.criterionId}), ${ownRisks.criterionId})
    from ${ownRisks} where ${inOrganisation(ctx, ownRisks)} and ${ownRisks.assessmentId} = ${assessments.id}`);
}

/** What belongs to one assessment, as loadFacts puts it into its facts. */
export type AssessmentChildren = {
  answers: AnswerJson[];
  risks: RiskJson[];
  indicators: IndicatorJson[];
  files: Array<EvidenceFileFacts & { id: string }>;
  ownRisks: OwnRiskFacts[];
  /** Each part's revision (an item, a risk, the indicator list), for the form's next save to build on. */
  revisions: Record<string, number>;
};

/**
 * The answers, risks (with mitigations), indicators, files and own risks of the given assessments
 * in one statement, each list gathered by a subquery that names the organisation: a page or a
 * save reads an assessment in two round trips (its row, then this) whatever the checklist's size.
 */
export async function loadAssessmentChildren(db: DbOrTx, ctx: SessionContext, ids: string[]): Promise<Map<string, AssessmentChildren>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: assessments.id,
      indicatorsRevision: assessments.indicatorsRevision,
      answers: jsonList<AnswerJson>(sql`select json_agg(json_build_object('criterionId', ${answers.criterionId}, 'revision', ${answers.revision}, 'value', ${answers.value}, 'notes', ${answers.notes}, 'evidence', ${answers.evidence}))
        from ${answers} where ${inOrganisation(ctx, answers)} and ${answers.assessmentId} = ${assessments.id}`),
      risks: jsonList<RiskJson>(sql`select json_agg(json_build_object('criterionId', ${risks.criterionId}, 'revision', ${risks.revision}, 'likelihood', ${risks.likelihood}, 'impact', ${risks.impact}, 'status', ${risks.status}, 'notes', ${risks.notes},
          'action', ${mitigations.action}, 'owner', ${mitigations.owner}, 'dueDate', ${mitigations.dueDate}))
        from ${risks} left join ${mitigations} on ${mitigations.riskId} = ${risks.id} and ${inOrganisation(ctx, mitigations)}
        where ${inOrganisation(ctx, risks)} and ${risks.assessmentId} = ${assessments.id}`),
      indicators: jsonList<IndicatorJson>(sql`select json_agg(json_build_object('name', ${indicators.name}, 'unit', ${indicators.unit}, 'target', ${indicators.target}, 'actual', ${indicators.actual}) order by ${indicators.position})
        from ${indicators} where ${inOrganisation(ctx, indicators)} and ${indicators.assessmentId} = ${assessments.id}`),
      files: jsonList<FileJson>(sql`select json_agg(json_build_object('id', ${evidenceFiles.id}, 'criterionId', ${evidenceFiles.criterionId}, 'name', ${evidenceFiles.name}, 'mediaType', ${evidenceFiles.mediaType},
          'size', ${evidenceFiles.size}, 'sha256', ${evidenceFiles.sha256}, 'createdAt', ${evidenceFiles.createdAt}, 'addedByName', ${evidenceFiles.addedByName}) order by ${evidenceFiles.createdAt}, ${evidenceFiles.id})
        from ${evidenceFiles} where ${inOrganisation(ctx, evidenceFiles)} and ${evidenceFiles.assessmentId} = ${assessments.id}`),
      ownRisks: ownRisksOf(ctx),
    })
    .from(assessments)
    .where(and(inOrganisation(ctx, assessments), inArray(assessments.id, ids)));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        answers: r.answers,
        risks: r.risks,
        indicators: r.indicators,
        files: r.files.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
        ownRisks: r.ownRisks.map((o) => ({ ...o, createdAt: new Date(o.createdAt) })),
        revisions: Object.fromEntries([...r.answers, ...r.risks].map((p) => [p.criterionId, p.revision]).concat([[INDICATORS_KEY, r.indicatorsRevision]])),
      },
    ]),
  );
}
