import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import type { AssessmentFacts, RiskFacts } from "@/lib/domain/facts";
import { formatNumber } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/localized-text";

/** One section's answers as a read-only summary with a link to change them. */
export async function SectionAnswers({
  assessmentId,
  section,
  facts,
  complete,
}: {
  assessmentId: string;
  section: ChecklistSection;
  facts: AssessmentFacts;
  complete: boolean;
}) {
  const [t, tAnswers, tStatus, locale] = await Promise.all([
    getTranslations("check"),
    getTranslations("answers"),
    getTranslations("riskStatuses"),
    getLocale(),
  ]);
  const href = `/assessments/${assessmentId}/sections/${section.id}`;
  const title = localize(section.title, locale);
  const riskText = (risk: RiskFacts) => {
    if (!risk.likelihood || !risk.impact) return null;
    const values = { likelihood: risk.likelihood, impact: risk.impact, score: risk.likelihood * risk.impact, status: tStatus(risk.status) };
    return risk.mitigation ? t("riskWithMitigation", { ...values, mitigation: risk.mitigation.action }) : t("risk", values);
  };
  return (
    <section className="card report-section" aria-labelledby={`check-${section.id}`}>
      <div className="page-head">
        <h2 id={`check-${section.id}`} style={{ margin: 0 }}>
          {title} {!complete && <span className="badge High">{t("unfinishedBadge")}</span>}
        </h2>
        <Link href={href}>
          {t("change")}
          <span className="visually-hidden"> {title}</span>
        </Link>
      </div>
      <table className="answers-table">
        <tbody>
          {section.kind === "indicators"
            ? facts.indicators.map((i, n) => (
                <tr key={n}>
                  <th scope="row">{i.name || t("unnamed")}</th>
                  <td>{t("indicatorRow", { target: formatNumber(i.target, locale), unit: i.unit, actual: formatNumber(i.actual, locale) })}</td>
                </tr>
              ))
            : section.items.map((item) => {
                const answer = facts.answers.get(item.id);
                const risk = facts.risks.get(item.id);
                const text =
                  item.answerType === "risk"
                    ? risk
                      ? riskText(risk)
                      : null
                    : answer?.value
                      ? answer.notes
                        ? t("answerWithNotes", { answer: tAnswers(answer.value), notes: answer.notes })
                        : tAnswers(answer.value)
                      : null;
                return (
                  <tr key={item.id}>
                    <th scope="row">
                      <span className="item-id">{item.id}</span> {localize(item.prompt, locale)}
                    </th>
                    <td className={text ? "" : "red-flag"}>{text ?? tAnswers("notAnswered")}</td>
                  </tr>
                );
              })}
          {section.kind === "indicators" && facts.indicators.length === 0 && (
            <tr>
              <td className="red-flag">{t("noIndicators")}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
