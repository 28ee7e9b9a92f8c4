import type { ChecklistKind, ParticipationModeId } from "@/lib/checklists/definition-schema";
import type { AnswerValue } from "@/lib/scoring/config";
import type { RiskInput } from "@/lib/scoring/score-risks";

/** Plain data the report model is built from; db/ queries return these shapes (the domain's one home). */
export type ProjectFacts = {
  id: string;
  name: string;
  summary: string;
  hostCountry: string;
  sector: string;
  participationMode: ParticipationModeId;
  budget: string;
  currency: string;
  startDate: string;
  endDate: string;
  partners: Array<{ id: string; name: string; country: string }>;
};

/** The scores as they were at submission, kept with the version. */
export type ScoreSnapshot = { score: number | null; rating: string | null; redFlags: number; gaps: number };

export const assessmentStatuses = ["draft", "submitted", "approved", "returned"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

export type AnswerFacts = { value: AnswerValue | null; notes: string; evidence: string };
export type RiskFacts = RiskInput & { notes: string };
/** A file attached as evidence to one item of this version. */
/** `id` is the stored file's (absent for a report read from an export file, which has no bytes to serve). */
export type EvidenceFileFacts = { id?: string; criterionId: string; name: string; mediaType: string; size: number; sha256: string; createdAt: Date; addedByName: string };
/** A risk the organisation added to this version's register (rated in `risks` under its criterionId). */
export type OwnRiskFacts = { criterionId: string; sectionId: string; title: string; description: string; addedByName: string; createdAt: Date };
export type IndicatorFacts = { name: string; unit: string; target: number | null; actual: number | null };

export type AssessmentFacts = {
  id: string;
  projectId: string;
  kind: ChecklistKind;
  checklistVersion: number;
  /** The project's mode when the assessment started: it decides which items apply. */
  participationMode: ParticipationModeId;
  status: AssessmentStatus;
  /** Shared by every version of this assessment (a project's stage, or a partner's due diligence). */
  seriesId: string;
  version: number;
  /** The newest version of its series: the one pages and reports show. */
  isCurrent: boolean;
  submittedAt: Date | null;
  submittedBy: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  /** Approved by its own submitter or last editor, as the organisation's setting allowed (four eyes waived). */
  selfApproved: boolean;
  updatedAt: Date;
  partner: { id: string; name: string } | null;
  answers: Map<string, AnswerFacts>;
  risks: Map<string, RiskFacts>;
  indicators: IndicatorFacts[];
  /** The organisation's own risks, in the order added (absent in facts built by hand: none). */
  ownRisks?: OwnRiskFacts[];
  /** Its evidence files, oldest first (loaded with the assessment; absent in facts built by hand). */
  files?: EvidenceFileFacts[];
};
