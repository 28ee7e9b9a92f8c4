import * as z from "@/lib/validation/zod";
import { checklistKinds, participationModeIds } from "@/lib/checklists/definition-schema";
import { isCountryCode } from "@/lib/projects/countries";
import { isCurrencyCode } from "@/lib/projects/currencies";
import { sectors } from "@/lib/projects/project-schema";
import { assessmentStatuses } from "@/lib/domain/facts";
import { answerValues, ratings } from "@/lib/scoring/config";
import { riskStatuses } from "@/lib/scoring/score-risks";
import { MAX_AMOUNT } from "@/lib/forms/decimal-input";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-limits";
import { storableDate, storableText } from "@/lib/forms/storable";
import { msg, msgJoin } from "@/lib/i18n/message-ref";
import { issueProblem } from "./format-issues";

/**
 * The JSON export format (docs/export-format.md): the single source of truth for writing an
 * export and for checking a file before it is imported. Objects are strict: a file holds exactly
 * these fields, so nothing in it is silently dropped. Adding or changing a field means a new
 * formatVersion (2 added `ownRisks` and `files`; a version 1 file has neither).
 */
export const EXPORT_FORMAT_ID = "ngo-risk-assessment/export";
export const EXPORT_FORMAT_VERSION = 2;
/** Versions this app reads: version 1 files have no own risks and no files, and read as such. */
export const READABLE_FORMAT_VERSIONS = [1, 2] as const;
export { MAX_IMPORT_BYTES } from "./import-limit";

// A file may carry what no form would let through (edited by hand, or from another tool): the same
// rules as the forms keep it from failing inside the import's transaction.
const text = (max: number) => storableText(z.string()).max(max);
const name = storableText(z.string()).trim().min(1).max(200);
const date = storableDate(z.iso.date());
const timestamp = storableDate(z.iso.datetime({ offset: true }));
const rating = z.enum(ratings);
const score = z.number().finite().min(0).max(100);
const count = z.number().int().min(0);
const criterionId = z.string().regex(/^[A-Z]\.[A-Z]+(\.[A-Z]+)?\.\d+$/, msg("importErrors.criterionId"));
const version = z.number().int().positive();
const oneToFive = z.number().int().min(1).max(5).nullable();
// Stored as numeric(14, 2): a third decimal would not survive the import unchanged.
const amount = z
  .number()
  .finite()
  .min(0)
  .max(MAX_AMOUNT)
  .refine((v) => Math.round(v * 100) / 100 === v, msg("importErrors.twoDecimals"))
  .nullable();

/** The numbers and ratings of one assessment's report (lib/exports/scores.ts computes them). */
export const assessmentScoresSchema = z.strictObject({
  rating: rating.nullable(),
  score: score.nullable(),
  scoreRating: rating.nullable(),
  answered: count,
  total: count,
  sections: z.array(z.strictObject({ id: z.string().max(100), title: text(200), score: z.number().finite().nullable(), rating: rating.nullable() })).max(50),
  redFlags: z.array(criterionId).max(500),
  gaps: z.array(criterionId).max(500),
  riskRegister: z
    .strictObject({
      rating: rating.nullable(),
      heatMap: z.array(z.array(count).length(5)).length(5),
      ranked: z.array(z.strictObject({ criterionId, score: z.number().int().min(1).max(25), rating, priority: z.boolean() })).max(500),
    })
    .nullable(),
  indicatorProgress: z.array(z.number().finite().nullable()).max(50),
});

/** The project's rating over the assessments in the file (latest version of each). */
export const projectScoresSchema = z.strictObject({
  rating: rating.nullable(),
  drivenBy: text(300).nullable(),
  redFlags: z.array(z.strictObject({ part: text(300), criterionId: criterionId.nullable() })).max(2000),
  gapsCount: count,
});

const partnerSchema = z.strictObject({
  ref: z.string().regex(/^[a-z0-9-]{1,40}$/, msg("importErrors.partnerRef")),
  name,
  country: z.string().refine(isCountryCode, msg("importErrors.partnerCountry")),
});

const answerSchema = z.strictObject({ criterionId, value: z.enum(answerValues).nullable(), notes: text(4000), evidence: text(4000) });

const riskSchema = z.strictObject({
  criterionId,
  likelihood: oneToFive,
  impact: oneToFive,
  status: z.enum(riskStatuses),
  notes: text(4000),
  mitigation: z.strictObject({ action: storableText(z.string()).trim().min(1).max(4000), owner: text(200), dueDate: date.nullable() }).nullable(),
});

/** A risk the organisation added to a DURING register; it is rated in `risks` under the same id. */
const ownRiskSchema = z.strictObject({
  criterionId: z.string().regex(/^D\.OWN\.\d{1,4}$/, msg("importErrors.ownRiskId")),
  sectionId: z.string().max(100),
  title: storableText(z.string()).trim().min(3).max(160),
  description: text(600),
  addedByName: text(200),
  addedAt: timestamp,
});

/** An evidence file, named with its checksum: a project archive carries the bytes under it. */
const fileSchema = z.strictObject({
  criterionId,
  name,
  mediaType: z.string().max(200),
  size: z.number().int().min(1).max(MAX_EVIDENCE_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, msg("importErrors.sha256")),
  addedByName: text(200),
  addedAt: timestamp,
});

const indicatorSchema = z.strictObject({ name, unit: text(100), target: amount, actual: amount });

const reviewNoteSchema = z.strictObject({
  kind: z.enum(["return", "comment", "third_party"]),
  criterionId: criterionId.nullable(),
  rating: rating.nullable(),
  body: text(4000).min(1),
  authorName: text(200),
  authorRole: text(40),
  createdAt: timestamp,
});

export const exportedAssessmentSchema = z.strictObject({
  kind: z.enum(checklistKinds),
  /** The partner (by its ref in project.partners) for partner due diligence; null for the stages. */
  partnerRef: z.string().max(40).nullable(),
  checklistVersion: version,
  participationMode: z.enum(participationModeIds),
  status: z.enum(assessmentStatuses),
  version: z.number().int().positive().max(1000),
  submittedAt: timestamp.nullable(),
  submittedBy: text(200).nullable(),
  reviewedAt: timestamp.nullable(),
  reviewedBy: text(200).nullable(),
  scoreSnapshot: z.strictObject({ score: z.number().finite().nullable(), rating: rating.nullable(), redFlags: count, gaps: count }).nullable(),
  answers: z.array(answerSchema).max(500),
  risks: z.array(riskSchema).max(500),
  indicators: z.array(indicatorSchema).max(50),
  reviewNotes: z.array(reviewNoteSchema).max(500),
  ownRisks: z.array(ownRiskSchema).max(100).default([]),
  files: z.array(fileSchema).max(2000).default([]),
  scores: assessmentScoresSchema,
});

export const exportedProjectSchema = z.strictObject({
  name,
  summary: text(2000),
  hostCountry: z.string().refine(isCountryCode, msg("importErrors.hostCountry")),
  sector: z.enum(sectors),
  participationMode: z.enum(participationModeIds),
  /** A decimal string with two places, as stored: "240000.00". */
  budget: z.string().regex(/^\d{1,12}\.\d{2}$/, msg("importErrors.budget")),
  currency: z.string().refine(isCurrencyCode, msg("importErrors.currency")),
  startDate: date,
  endDate: date,
  partners: z.array(partnerSchema).max(20),
  scores: projectScoresSchema,
});

export const exportFileSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT_ID),
    formatVersion: z.union(READABLE_FORMAT_VERSIONS.map((v) => z.literal(v))),
    exportedAt: timestamp,
    /** What was exported: a whole project (every version) or one assessment version. */
    contents: z.enum(["project", "assessment"]),
    /** The latest checklist version of each kind in the exporting app. */
    app: z.strictObject({ checklistVersions: z.strictObject({ before: version, partner: version, during: version, after: version }) }),
    project: exportedProjectSchema,
    assessments: z.array(exportedAssessmentSchema).max(200),
  })
  .superRefine((file, ctx) => {
    const refs = file.project.partners.map((p) => p.ref);
    if (new Set(refs).size !== refs.length) ctx.addIssue({ code: "custom", path: ["project", "partners"], message: msg("importErrors.partnerRefsUnique") });
    if (file.project.endDate < file.project.startDate) ctx.addIssue({ code: "custom", path: ["project", "endDate"], message: msg("importErrors.endBeforeStart") });
    const lineages = new Set<string>();
    file.assessments.forEach((a, i) => {
      if ((a.kind === "partner") !== (a.partnerRef !== null)) {
        ctx.addIssue({ code: "custom", path: ["assessments", i, "partnerRef"], message: msg("importErrors.partnerOnlyForDueDiligence") });
      } else if (a.partnerRef !== null && !refs.includes(a.partnerRef)) {
        ctx.addIssue({ code: "custom", path: ["assessments", i, "partnerRef"], message: msg("importErrors.noSuchPartner", { ref: a.partnerRef }) });
      }
      const key = `${a.kind}:${a.partnerRef ?? ""}:${a.version}`;
      if (lineages.has(key)) ctx.addIssue({ code: "custom", path: ["assessments", i, "version"], message: msg("importErrors.versionTwice") });
      lineages.add(key);
      if (a.ownRisks.length && a.kind !== "during") ctx.addIssue({ code: "custom", path: ["assessments", i, "ownRisks"], message: msg("importErrors.ownRisksOnlyDuring") });
      for (const [list, label] of [[a.answers, "answers"], [a.risks, "risks"], [a.ownRisks, "ownRisks"]] as const) {
        const ids = list.map((x) => x.criterionId);
        if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["assessments", i, label], message: msg("importErrors.criterionTwice") });
      }
    });
  });

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportedAssessment = z.infer<typeof exportedAssessmentSchema>;
export type AssessmentScores = z.infer<typeof assessmentScoresSchema>;
export type ProjectScores = z.infer<typeof projectScoresSchema>;

const headerSchema = z.object({ format: z.string(), formatVersion: z.number() });

/** A refusal's message is a reference (importErrors.*): the form and the action read it in the reader's language. */
export type ParsedExport = { ok: true; file: ExportFile } | { ok: false; message: string };

/**
 * Checks a parsed JSON value against the format, answering in words a user can act on.
 * The header is checked first, so a file from a newer app gets "update the app", not a list of fields.
 */
export function parseExportFile(value: unknown): ParsedExport {
  const header = headerSchema.safeParse(value);
  if (!header.success || header.data.format !== EXPORT_FORMAT_ID) return { ok: false, message: msg("importErrors.notExport") };
  if (!Number.isInteger(header.data.formatVersion) || header.data.formatVersion < 1) return { ok: false, message: msg("importErrors.badFormatVersion") };
  if (header.data.formatVersion > EXPORT_FORMAT_VERSION) {
    return { ok: false, message: msg("importErrors.newerFormat", { version: header.data.formatVersion, supported: EXPORT_FORMAT_VERSION }) };
  }
  const parsed = exportFileSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((i) => msg("importErrors.issue", { path: i.path.join(".") || msg("importErrors.wholeFile"), problem: issueProblem(i) }));
    return { ok: false, message: msg("importErrors.doesNotMatch", { issues: msgJoin("importErrors.clauses", first) }) };
  }
  return { ok: true, file: parsed.data };
}
