import { getChecklist, sourceDocuments } from "@/lib/checklists/registry";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { AssessmentFacts } from "@/lib/domain/facts";
import type { ProjectReport } from "@/lib/report/project-report";
import { roundScore } from "@/lib/scoring/config";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import type { Translate } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The three tables of the CSV and XLSX exports, built from the report model so every number is
 * the one the HTML report shows. A cell is text, a number, or empty; serialisers (csv.ts,
 * xlsx.ts) only format, they never compute. Titles, headers and labels are in the reader's
 * language; people's own texts (names, notes) as they wrote them; days stay ISO (2026-06-02),
 * which both languages read and every spreadsheet sorts.
 */
export const tableNames = ["answers", "risks", "indicators"] as const;
export type TableName = (typeof tableNames)[number];

export type Cell = string | number | null;
export type Column = { header: string; width: number; kind: "text" | "number" };
export type Table = { name: TableName; title: string; columns: Column[]; rows: Cell[][] };

/** A project's report with the facts it was built from (risk notes are not in the report model). */
export type ProjectTablesInput = { report: ProjectReport; assessments: readonly AssessmentFacts[] };

type ColumnKey = keyof (typeof import("@/lib/i18n/messages/en.json"))["exports"]["columns"];
const header = (t: Translate, key: ColumnKey) => t(`exports.columns.${key}`);
const text = (t: Translate, key: ColumnKey, width = 16): Column => ({ header: header(t, key), width, kind: "text" });
const number = (t: Translate, key: ColumnKey, width = 10): Column => ({ header: header(t, key), width, kind: "number" });
const yesNo = (t: Translate, value: boolean) => t(value ? "exports.yes" : "exports.no");

/** Texts joined by a message with {first} and {rest}, so each language uses its own separator. */
const joinWith = (t: Translate, key: string, parts: readonly string[]) =>
  parts.reduceRight((rest, first) => (rest === null ? first : t(key, { first, rest })), null as string | null) ?? "";

const assessmentColumns = (t: Translate) => [text(t, "project", 30), text(t, "assessment", 34), number(t, "version", 8), text(t, "status", 12)];

function reportsOf(input: ProjectTablesInput): AssessmentReport[] {
  return input.report.parts.flatMap((p) => (p.report ? [p.report] : []));
}

const factsOf = (input: ProjectTablesInput, report: AssessmentReport) => input.assessments.find((a) => a.id === report.id);

/** The assessment's title from its kind (the report model's title is English). */
function assessmentTitle(t: Translate, input: ProjectTablesInput, report: AssessmentReport): string {
  const facts = factsOf(input, report);
  if (!facts) return report.title;
  return facts.kind === "partner" && facts.partner ? t("exports.partnerAssessment", { name: facts.partner.name }) : t(`checklists.${facts.kind}`);
}

function assessmentCells(t: Translate, input: ProjectTablesInput, report: AssessmentReport): Cell[] {
  return [input.report.project.name, assessmentTitle(t, input, report), report.version, t(`assessmentStatuses.${report.status}`)];
}

function sourceOf(t: Translate, locale: Locale, item: ChecklistItem): string {
  const cited = item.sources.map((s) => {
    const where = localize(s.where, locale);
    const doc = sourceDocuments.find((d) => d.doc === s.doc);
    if (!doc) return where;
    const author = `${localize(doc.author, locale)}${doc.year ? ` ${doc.year}` : ""}`;
    return t("exports.sourceCitation", { author, where });
  });
  return joinWith(t, "exports.sourceSeparator", cited);
}

/** A section's title in the reader's language, from the checklist (the report model's titles are English). */
function sectionTitle(input: ProjectTablesInput, report: AssessmentReport, section: { id: string; title: string }, locale: Locale): string {
  const facts = factsOf(input, report);
  const found = facts ? getChecklist(facts.kind, report.checklistVersion).sections.find((s) => s.id === section.id) : undefined;
  return found ? localize(found.title, locale) : section.title;
}

export function answersTable(inputs: readonly ProjectTablesInput[], locale: Locale = defaultLocale): Table {
  const t = translatorFor(locale);
  const rows: Cell[][] = [];
  for (const input of inputs) {
    for (const report of reportsOf(input)) {
      for (const section of report.sections) {
        const title = sectionTitle(input, report, section, locale);
        for (const item of section.items) {
          const value = item.facts?.value ?? null;
          rows.push([
            ...assessmentCells(t, input, report),
            title,
            item.item.id,
            localize(item.item.prompt, locale),
            value ? t(`answers.${value}`) : t("answers.notAnswered"),
            item.points,
            yesNo(t, item.isRedFlag),
            yesNo(t, item.isGap),
            item.facts?.notes ?? "",
            item.facts?.evidence ?? "",
            sourceOf(t, locale, item.item),
          ]);
        }
      }
    }
  }
  return {
    name: "answers",
    title: t("exports.tables.answers"),
    columns: [
      ...assessmentColumns(t),
      text(t, "section", 28),
      text(t, "criterion", 11),
      text(t, "prompt", 60),
      text(t, "answer", 14),
      number(t, "riskPoints", 11),
      text(t, "redFlag", 9),
      text(t, "informationGap", 9),
      text(t, "notes", 40),
      text(t, "evidence", 40),
      text(t, "source", 40),
    ],
    rows,
  };
}

export function risksTable(inputs: readonly ProjectTablesInput[], locale: Locale = defaultLocale): Table {
  const t = translatorFor(locale);
  const rows: Cell[][] = [];
  for (const input of inputs) {
    for (const report of reportsOf(input)) {
      if (!report.register) continue;
      const facts = factsOf(input, report);
      for (const risk of report.register.risks) {
        const section = report.register.sections.find((s) => s.id === risk.sectionId);
        rows.push([
          ...assessmentCells(t, input, report),
          section ? localize(section.title, locale) : "",
          risk.item.id,
          localize(risk.item.prompt, locale),
          risk.likelihood,
          risk.impact,
          risk.score,
          risk.rating ? t(`ratings.${risk.rating}`) : "",
          t(`riskStatuses.${risk.status}`),
          yesNo(t, risk.isPriority),
          risk.mitigation?.action ?? "",
          risk.mitigation?.owner ?? "",
          risk.mitigation?.dueDate ?? "",
          facts?.risks.get(risk.item.id)?.notes ?? "",
        ]);
      }
    }
  }
  return {
    name: "risks",
    title: t("exports.tables.risks"),
    columns: [
      ...assessmentColumns(t),
      text(t, "section", 28),
      text(t, "criterion", 11),
      text(t, "risk", 60),
      number(t, "likelihood", 11),
      number(t, "impact", 11),
      number(t, "score", 11),
      text(t, "rating", 12),
      text(t, "riskStatus", 12),
      text(t, "priority", 9),
      text(t, "mitigation", 40),
      text(t, "owner", 20),
      text(t, "dueDate", 12),
      text(t, "notes", 40),
    ],
    rows,
  };
}

export function indicatorsTable(inputs: readonly ProjectTablesInput[], locale: Locale = defaultLocale): Table {
  const t = translatorFor(locale);
  const rows: Cell[][] = [];
  for (const input of inputs) {
    for (const report of reportsOf(input)) {
      for (const indicator of report.indicators) {
        rows.push([
          ...assessmentCells(t, input, report),
          indicator.name,
          indicator.unit,
          indicator.target,
          indicator.actual,
          indicator.progress === null ? null : roundScore(indicator.progress),
        ]);
      }
    }
  }
  return {
    name: "indicators",
    title: t("exports.tables.indicators"),
    columns: [
      ...assessmentColumns(t),
      text(t, "indicator", 40),
      text(t, "unit", 14),
      number(t, "target", 12),
      number(t, "actual", 12),
      number(t, "progress", 12),
    ],
    rows,
  };
}

/** The three tables in the reader's language (English when none is given: tests, scripts). */
export function buildTables(inputs: readonly ProjectTablesInput[], locale: Locale = defaultLocale): Table[] {
  return [answersTable(inputs, locale), risksTable(inputs, locale), indicatorsTable(inputs, locale)];
}
