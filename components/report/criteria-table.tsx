import type { AssessmentReport } from "@/lib/report/assessment-report";
import { formatPoints, formatScore } from "@/lib/report/format";
import { RatingBadge } from "./rating-badge";

/** Every criterion with its answer, weight, risk points and source: the report's full record. */
export function CriteriaTable({ sections }: { sections: AssessmentReport["sections"] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} className="report-section">
          <h3>
            {section.title} · {formatScore(section.score)} <RatingBadge rating={section.rating} />
          </h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Answer</th>
                <th scope="col">Weight × points</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {section.items.map((row) => (
                <tr key={row.item.id}>
                  <td>
                    <span className="item-id">{row.item.id}</span> {row.item.prompt}
                    {row.item.critical && <span className="critical-tag"> · Critical</span>}
                    {row.facts?.notes && <div className="small muted">Notes: {row.facts.notes}</div>}
                    {row.facts?.evidence && <div className="small muted">Evidence: {row.facts.evidence}</div>}
                  </td>
                  <td className={row.isRedFlag ? "red-flag" : ""}>
                    {row.answerLabel}
                    {row.isRedFlag && <div className="small">Red flag</div>}
                  </td>
                  <td>{row.points === null ? "left out" : `${row.item.weight} × ${formatPoints(row.points)}`}</td>
                  <td className="small">{row.item.sources.map((s) => `${s.doc} ${s.where}`).join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
