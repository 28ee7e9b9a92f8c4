import type { TopRisksBlock } from "@/lib/report/outline/blocks";
import { ItemComments, type ItemComment } from "@/components/review/item-comments";
import { BandBadge, keepWords } from "./rating-badge";

export function TopRisks({ block, itemComments = {} }: { block: TopRisksBlock; itemComments?: Record<string, ItemComment[]> }) {
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
          <tr key={r.id} id={`item-${r.id}`}>
            <td className="stack-title">
              <span className="item-id">{r.id}</span> {r.prompt}
              {r.priority && <div className="red-flag small">{r.priority}</div>}
              <ItemComments comments={itemComments[r.id]} />
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
