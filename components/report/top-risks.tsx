import type { ScoredRisk } from "@/lib/scoring/score-risks";
import { RatingBadge } from "./rating-badge";

export function TopRisks({ risks }: { risks: ScoredRisk[] }) {
  if (risks.length === 0) return <p className="muted">No open risk is rated yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Risk</th>
          <th scope="col">Score</th>
          <th scope="col">Mitigation</th>
          <th scope="col">Owner · due</th>
        </tr>
      </thead>
      <tbody>
        {risks.map((r) => (
          <tr key={r.item.id}>
            <td>
              <span className="item-id">{r.item.id}</span> {r.item.prompt}
              {r.isPriority && <div className="red-flag small">Priority{r.mitigation ? "" : ": no mitigation yet"}</div>}
            </td>
            <td>
              {r.likelihood} × {r.impact} = <strong>{r.score}</strong> <RatingBadge rating={r.rating} />
              <div className="small muted">{r.status === "mitigating" ? "being mitigated" : r.status}</div>
            </td>
            <td>{r.mitigation?.action ?? <span className="red-flag">None</span>}</td>
            <td className="small">
              {r.mitigation?.owner || "—"}
              {r.mitigation?.dueDate ? ` · ${r.mitigation.dueDate}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
