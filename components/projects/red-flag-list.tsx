import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";
import type { ProjectReport } from "@/lib/report/project-report";
import type { RedFlag } from "@/lib/scoring/rate-project";
import { partTitle } from "./part-title";

/**
 * The project's red flags in the reader's language. The report model words them in English; each
 * flag is read again from what it points at: the checklist item and its answer, or the partner whose
 * mandatory due diligence is missing.
 */
export function RedFlagList({ report }: { report: ProjectReport }) {
  const t = useTranslations("projects");
  const tAnswers = useTranslations("answers");
  const tModes = useTranslations("modes");
  const tChecklists = useTranslations("checklists");
  const locale = useLocale();
  const reader = isLocale(locale) ? locale : "en";
  const partners = report.project.partners;
  const names = { stage: (s: "before" | "during" | "after") => tChecklists(s), partner: (name: string) => t("partnerPart", { name }) };
  const mode = tModes(`${report.project.participationMode}.label`);

  const read = (flag: RedFlag): { part: string; text: string } => {
    const part = report.parts.find((p) => p.label === flag.part);
    const where = part ? partTitle(part, partners, names) : t("partnersPart");
    if (flag.criterionId) {
      const found = part?.report?.sections.flatMap((s) => s.items).find((i) => i.item.id === flag.criterionId);
      if (!found) return { part: where, text: flag.text };
      const value = found.facts?.value;
      return { part: where, text: t("flagAnswer", { prompt: localize(found.item.prompt, reader), answer: tAnswers(value ?? "notAnswered") }) };
    }
    // A missing mandatory due diligence: of a recorded partner, or no partner at all.
    if (!part) return { part: where, text: t("flagNoPartner", { mode }) };
    const name = partners.find((p) => `partner:${p.id}` === part.key)?.name ?? "";
    return { part: where, text: t("flagPartnerNotStarted", { mode, name }) };
  };

  return (
    <ul className="red-flag small">
      {report.overall.redFlags.map((flag, i) => {
        const { part, text } = read(flag);
        return (
          <li key={i}>
            {flag.criterionId ? `${flag.criterionId} ` : ""}
            {text} <span className="muted">{t("flagPart", { part })}</span>
          </li>
        );
      })}
    </ul>
  );
}
