import Link from "next/link";
import type { StagesBlock } from "@/lib/report/outline/blocks";
import { BandBadge, keepWords } from "./rating-badge";

/** One row per stage and partner of a project; each started one links to its own report. */
export function StagesTable({ block }: { block: StagesBlock }) {
  const c = block.columns;
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{c.assessment}</th>
          <th scope="col">{c.status}</th>
          <th scope="col">{c.score}</th>
          <th scope="col">{c.rating}</th>
          <th scope="col">{c.flagsAndGaps}</th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.assessmentId ? <Link href={`/assessments/${row.assessmentId}/report`}>{row.label}</Link> : row.label}</th>
            <td data-label={c.status} style={keepWords}>{row.assessmentId ? row.status : <span className="muted">{row.status}</span>}</td>
            <td data-label={c.score}>{row.score}</td>
            <td data-label={c.rating}>{row.band ? <BandBadge band={row.band} /> : block.none}</td>
            <td data-label={c.flagsAndGaps}>{row.flagsAndGaps}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
