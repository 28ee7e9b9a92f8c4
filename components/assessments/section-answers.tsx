import Link from "next/link";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import type { AssessmentFacts } from "@/lib/domain/facts";
import { answerLabels } from "@/lib/scoring/config";
import { localize } from "@/lib/i18n/localized-text";

/** One section's answers as a read-only summary with a link to change them. */
export function SectionAnswers({
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
  const href = `/assessments/${assessmentId}/sections/${section.id}`;
  return (
    <section className="card report-section" aria-labelledby={`check-${section.id}`}>
      <div className="page-head">
        <h2 id={`check-${section.id}`} style={{ margin: 0 }}>
          {localize(section.title, "en")} {!complete && <span className="badge High">Unfinished</span>}
        </h2>
        <Link href={href}>
          Change<span className="visually-hidden"> {localize(section.title, "en")}</span>
        </Link>
      </div>
      <table>
        <tbody>
          {section.kind === "indicators"
            ? facts.indicators.map((i, n) => (
                <tr key={n}>
                  <th scope="row">{i.name || "(unnamed)"}</th>
                  <td>
                    Target {i.target ?? "—"} {i.unit} · actual {i.actual ?? "—"}
                  </td>
                </tr>
              ))
            : section.items.map((item) => {
                const answer = facts.answers.get(item.id);
                const risk = facts.risks.get(item.id);
                const text =
                  item.answerType === "risk"
                    ? risk?.likelihood && risk.impact
                      ? `Likelihood ${risk.likelihood} × impact ${risk.impact} = ${risk.likelihood * risk.impact} · ${risk.status}${risk.mitigation ? ` · mitigation: ${risk.mitigation.action}` : ""}`
                      : null
                    : answer?.value
                      ? `${answerLabels[answer.value]}${answer.notes ? ` — ${answer.notes}` : ""}`
                      : null;
                return (
                  <tr key={item.id}>
                    <th scope="row" style={{ width: "55%" }}>
                      <span className="item-id">{item.id}</span> {localize(item.prompt, "en")}
                    </th>
                    <td className={text ? "" : "red-flag"}>{text ?? "Not answered"}</td>
                  </tr>
                );
              })}
          {section.kind === "indicators" && facts.indicators.length === 0 && (
            <tr>
              <td className="red-flag">No indicators yet</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
