import type { TopRisksBlock } from "@/lib/report/outline/blocks";
import { BandBadge, keepWords } from "./rating-badge";

/** The open risks first in line. Reviewers' comments, and each risk's anchor, are in the register's full table below. */
export function TopRisks({ block }: { block: TopRisksBlock }) {
  if (block.rows.length === 0) return <p className="muted">{block.empty}</p>;
  const c = block.columns;
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{c.risk}</th>
          <th scope="col">{c.score}</th>
          <th scope="col">{c.mitigation}</th>
          <th scope="col">{c.ownerDue}</th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map((r) => (
          <tr key={r.id}>
            <td className="stack-title">
              <span className="item-id">{r.id}</span> {r.prompt}
              {r.origin && <div className="small muted">{r.origin}</div>}
              {r.priority && <div className="red-flag small">{r.priority}</div>}
            </td>
            <td data-label={c.score} style={keepWords}>
              {r.formula} <strong>{r.score}</strong> <BandBadge band={r.band} />
              <div className="small muted">{r.status}</div>
            </td>
            <td data-label={c.mitigation} className="stack-wide">{r.mitigation.missing ? <span className="red-flag">{r.mitigation.text}</span> : r.mitigation.text}</td>
            <td data-label={c.ownerDue} className="small" style={keepWords}>{r.ownerDue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
