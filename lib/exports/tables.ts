import { sourceDocuments } from "@/lib/checklists/registry";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { statusLabel } from "@/lib/report/format";
import type { AssessmentFacts } from "@/lib/domain/facts";
import type { ProjectReport } from "@/lib/report/project-report";
import { roundScore } from "@/lib/scoring/config";
import { localize } from "@/lib/i18n/localized-text";

/**
 * The three tables of the CSV and XLSX exports, built from the report model so every number is
 * the one the HTML report shows. A cell is text, a number, or empty; serialisers (csv.ts,
 * xlsx.ts) only format, they never compute.
 */
export const tableNames = ["answers", "risks", "indicators"] as const;
export type TableName = (typeof tableNames)[number];

export type Cell = string | number | null;
export type Column = { header: string; width: number; kind: "text" | "number" };
export type Table = { name: TableName; title: string; columns: Column[]; rows: Cell[][] };

/** A project's report with the facts it was built from (risk notes are not in the report model). */
export type ProjectTablesInput = { report: ProjectReport; assessments: readonly AssessmentFacts[] };

const text = (header: string, width = 16): Column => ({ header, width, kind: "text" });
const number = (header: string, width = 10): Column => ({ header, width, kind: "number" });
const yesNo = (value: boolean) => (value ? "Yes" : "No");

const assessmentColumns = [text("Project", 30), text("Assessment", 34), number("Version", 8), text("Status", 12)];

function reportsOf(input: ProjectTablesInput): AssessmentReport[] {
  return input.report.parts.flatMap((p) => (p.report ? [p.report] : []));
}

function assessmentCells(project: ProjectReport, report: AssessmentReport): Cell[] {
  return [project.project.name, report.title, report.version, statusLabel(report.status)];
}

function sourceOf(item: ChecklistItem): string {
  return item.sources
    .map((s) => {
      const doc = sourceDocuments.find((d) => d.doc === s.doc);
      return doc ? `${doc.author}${doc.year ? ` ${doc.year}` : ""}, ${s.where}` : s.where;
    })
    .join("; ");
}

export function answersTable(inputs: readonly ProjectTablesInput[]): Table {
  const rows: Cell[][] = [];
  for (const input of inputs) {
    for (const report of reportsOf(input)) {
      for (const section of report.sections) {
        for (const item of section.items) {
          rows.push([
            ...assessmentCells(input.report, report),
            localize(section.title, "en"),
            item.item.id,
            localize(item.item.prompt, "en"),
            item.answerLabel,
            item.points,
            yesNo(item.isRedFlag),
            yesNo(item.isGap),
            item.facts?.notes ?? "",
            item.facts?.evidence ?? "",
            sourceOf(item.item),
          ]);
        }
      }
    }
  }
  return {
    name: "answers",
    title: "Answers",
    columns: [
      ...assessmentColumns,
      text("Section", 28),
      text("Criterion", 11),
      text("Prompt", 60),
      text("Answer", 14),
      number("Risk points", 11),
      text("Red flag", 9),
      text("Information gap", 9),
      text("Notes", 40),
      text("Evidence", 40),
      text("Source", 40),
    ],
    rows,
  };
}

export function risksTable(inputs: readonly ProjectTablesInput[]): Table {
  const rows: Cell[][] = [];
  for (const input of inputs) {
    for (const report of reportsOf(input)) {
      if (!report.register) continue;
      const facts = input.assessments.find((a) => a.id === report.id);
      for (const risk of report.register.risks) {
        const section = report.register.sections.find((s) => s.id === risk.sectionId);
        rows.push([
          ...assessmentCells(input.report, report),
          section ? localize(section.title, "en") : "",
          risk.item.id,
          localize(risk.item.prompt, "en"),
          risk.likelihood,
          risk.impact,
          risk.score,
          risk.rating ?? "",
          risk.status.charAt(0).toUpperCase() + risk.status.slice(1),
          yesNo(risk.isPriority),
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
    title: "Risks",
    columns: [
      ...assessmentColumns,
      text("Section", 28),
      text("Criterion", 11),
      text("Risk", 60),
      number("Likelihood (1–5)", 11),
      number("Impact (1–5)", 11),
      number("Score (1–25)", 11),
      text("Rating", 12),
      text("Risk status", 12),
      text("Priority", 9),
      text("Mitigation", 40),
      text("Owner", 20),
      text("Due date", 12),
      text("Notes", 40),
    ],
    rows,
  };
}

export function indicatorsTable(inputs: readonly ProjectTablesInput[]): Table {
  const rows: Cell[][] = [];
  for (const input of inputs) {
    for (const report of reportsOf(input)) {
      for (const indicator of report.indicators) {
        rows.push([
          ...assessmentCells(input.report, report),
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
    title: "Indicators",
    columns: [...assessmentColumns, text("Indicator", 40), text("Unit", 14), number("Target", 12), number("Actual", 12), number("Progress (%)", 12)],
    rows,
  };
}

export function buildTables(inputs: readonly ProjectTablesInput[]): Table[] {
  return [answersTable(inputs), risksTable(inputs), indicatorsTable(inputs)];
}
