import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import type { ScoredRisk } from "@/lib/scoring/score-risks";
import type { AssessmentReport } from "../assessment-report";
import { wordsFor } from "../words";
import { bandOf } from "./band";
import { filesOf } from "./files-of";
import type { CriteriaBlock } from "./blocks";

function mitigationLine(r: ScoredRisk, locale: Locale): string | null {
  const w = wordsFor(locale);
  const m = r.mitigation;
  if (!m) return null;
  if (!m.owner.trim()) return w("report.register.mitigation", { action: m.action });
  if (!m.dueDate) return w("report.register.mitigationOwner", { action: m.action, owner: m.owner });
  return w("report.register.mitigationOwnerDue", { action: m.action, owner: m.owner, due: formatDay(m.dueDate, locale) });
}

/**
 * The register's full record, as the checklists' criteria table: every risk, rated or not, open,
 * closed or not applying, with its mitigation, notes (why it does not apply) and files, and where
 * it comes from (a paper, or the organisation). Drawn by the criteria renderers of page and PDF.
 */
export function registerBlock(report: AssessmentReport, locale: Locale): CriteriaBlock | null {
  const register = report.register;
  if (!register) return null;
  const w = wordsFor(locale);
  return {
    kind: "criteria",
    title: w("report.register.title"),
    columns: {
      criterion: w("report.register.columns.risk"),
      answer: w("report.register.columns.rating"),
      points: w("report.register.columns.status"),
      source: w("report.register.columns.source"),
    },
    sections: register.sections.map((section) => ({
      id: section.id,
      heading: w("report.register.heading", { section: localize(section.title, locale), score: section.highestScore ?? w("report.none") }),
      band: bandOf(section.rating, locale),
      rows: register.risks
        .filter((r) => r.sectionId === section.id)
        .map((r) => {
          const notes = report.riskNotes[r.item.id] ?? null;
          return {
            id: r.item.id,
            prompt: localize(r.item.prompt, locale),
            critical: null,
            notes: notes === null ? null : r.status === "not_applicable" ? w("report.register.notApplicableWhy", { notes }) : w("report.criteria.notes", { notes }),
            evidence: null,
            mitigation: mitigationLine(r, locale),
            files: filesOf(report, r.item.id, locale),
            answer:
              r.score === null
                ? w("report.register.notRated")
                : w("report.register.rated", { likelihood: r.likelihood!, impact: r.impact!, score: r.score, band: bandOf(r.rating, locale).label }),
            redFlag: r.isPriority ? (r.mitigation ? w("report.topRisks.priority") : w("report.topRisks.priorityUnmitigated")) : null,
            points: w(`riskStatuses.${r.status}`),
            source: r.item.ownRisk ? w("report.ownRiskSource") : r.item.sources.map((s) => `[${s.doc}] ${localize(s.where, locale)}`).join("; "),
          };
        }),
    })),
  };
}
