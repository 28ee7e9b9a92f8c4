import { z } from "zod";
import { checklistKinds, participationModeIds } from "@/lib/checklists/definition-schema";
import { isCountryCode } from "@/lib/projects/countries";
import { isCurrencyCode } from "@/lib/projects/currencies";
import { sectors } from "@/lib/projects/project-schema";
import { assessmentStatuses } from "@/lib/domain/facts";
import { answerValues, ratings } from "@/lib/scoring/config";
import { riskStatuses } from "@/lib/scoring/score-risks";
import { MAX_AMOUNT } from "@/lib/forms/decimal-input";
import { storableDate, storableText } from "@/lib/forms/storable";
import { englishText } from "@/lib/i18n/translator";

/**
 * The JSON export format (docs/export-format.md): the single source of truth for writing an
 * export and for checking a file before it is imported. Objects are strict: a file of version 1
 * holds exactly these fields, so nothing in it is silently dropped. Adding or changing a field
 * means a new formatVersion.
 */
export const EXPORT_FORMAT_ID = "ngo-risk-assessment/export";
export const EXPORT_FORMAT_VERSION = 1;
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
const criterionId = z.string().regex(/^[A-Z]\.[A-Z]+(\.[A-Z]+)?\.\d+$/, "criterion ids look like B.CTX.1");
const version = z.number().int().positive();
const oneToFive = z.number().int().min(1).max(5).nullable();
// Stored as numeric(14, 2): a third decimal would not survive the import unchanged.
const amount = z
  .number()
  .finite()
  .min(0)
  .max(MAX_AMOUNT)
  .refine((v) => Math.round(v * 100) / 100 === v, "Indicator values have at most two decimals.")
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
  ref: z.string().regex(/^[a-z0-9-]{1,40}$/, "partner refs are short keys like partner-1"),
  name,
  country: z.string().refine(isCountryCode, "unknown partner country"),
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
  scores: assessmentScoresSchema,
});

export const exportedProjectSchema = z.strictObject({
  name,
  summary: text(2000),
  hostCountry: z.string().refine(isCountryCode, "unknown host country"),
  sector: z.enum(sectors),
  participationMode: z.enum(participationModeIds),
  /** A decimal string with two places, as stored: "240000.00". */
  budget: z.string().regex(/^\d{1,12}\.\d{2}$/, "the budget is a decimal string like 240000.00"),
  currency: z.string().refine(isCurrencyCode, "unknown currency"),
  startDate: date,
  endDate: date,
  partners: z.array(partnerSchema).max(20),
  scores: projectScoresSchema,
});

export const exportFileSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT_ID),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
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
    if (new Set(refs).size !== refs.length) ctx.addIssue({ code: "custom", path: ["project", "partners"], message: "partner refs must be unique" });
    if (file.project.endDate < file.project.startDate) ctx.addIssue({ code: "custom", path: ["project", "endDate"], message: "the end date is before the start date" });
    const lineages = new Set<string>();
    file.assessments.forEach((a, i) => {
      if ((a.kind === "partner") !== (a.partnerRef !== null)) {
        ctx.addIssue({ code: "custom", path: ["assessments", i, "partnerRef"], message: "partner due diligence names a partner, and only it does" });
      } else if (a.partnerRef !== null && !refs.includes(a.partnerRef)) {
        ctx.addIssue({ code: "custom", path: ["assessments", i, "partnerRef"], message: `no partner has the ref ${a.partnerRef}` });
      }
      const key = `${a.kind}:${a.partnerRef ?? ""}:${a.version}`;
      if (lineages.has(key)) ctx.addIssue({ code: "custom", path: ["assessments", i, "version"], message: "two assessments share the same kind, partner and version" });
      lineages.add(key);
      for (const [list, label] of [[a.answers, "answers"], [a.risks, "risks"]] as const) {
        const ids = list.map((x) => x.criterionId);
        if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["assessments", i, label], message: "a criterion appears twice" });
      }
    });
  });

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportedAssessment = z.infer<typeof exportedAssessmentSchema>;
export type AssessmentScores = z.infer<typeof assessmentScoresSchema>;
export type ProjectScores = z.infer<typeof projectScoresSchema>;

const headerSchema = z.object({ format: z.string(), formatVersion: z.number() });

export type ParsedExport = { ok: true; file: ExportFile } | { ok: false; message: string };

/**
 * Checks a parsed JSON value against the format, answering in words a user can act on.
 * The header is checked first, so a file from a newer app gets "update the app", not a list of fields.
 */
export function parseExportFile(value: unknown): ParsedExport {
  const header = headerSchema.safeParse(value);
  if (!header.success || header.data.format !== EXPORT_FORMAT_ID) {
    return { ok: false, message: "This file is not an export of this app (its format is not recognised)." };
  }
  if (!Number.isInteger(header.data.formatVersion) || header.data.formatVersion < 1) {
    return { ok: false, message: "This file's format version is not valid." };
  }
  if (header.data.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      message: `This file uses export format version ${header.data.formatVersion}, made by a newer version of the app. This app reads format version ${EXPORT_FORMAT_VERSION}: upgrade the app, then import the file again.`,
    };
  }
  const parsed = exportFileSchema.safeParse(value);
  if (!parsed.success) {
    // The storable rules answer message references; this message is still English as a whole.
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "file"}: ${englishText(i.message)}`);
    return { ok: false, message: `This file does not match the export format: ${first.join("; ")}.` };
  }
  return { ok: true, file: parsed.data };
}
