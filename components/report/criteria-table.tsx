import type { CriteriaBlock } from "@/lib/report/outline/blocks";
import { ItemComments, type ItemComment } from "@/components/review/item-comments";
import { FilesLineView } from "./files-line";
import { BandBadge, keepWords } from "./rating-badge";

/**
 * Every criterion with its answer, weight, risk points and source: the report's full record. On the
 * page (not in the PDF) reviewers' comments on a criterion are shown beside it.
 */
export function CriteriaTable({ block, itemComments = {} }: { block: CriteriaBlock; itemComments?: Record<string, ItemComment[]> }) {
  const c = block.columns;
  return (
    <>
      {block.sections.map((section) => (
        <section key={section.id} className="report-section">
          <h3>
            {section.heading} <BandBadge band={section.band} />
          </h3>
          <table className="stack-table">
            <thead>
              <tr>
                <th scope="col">{c.criterion}</th>
                <th scope="col" style={keepWords}>{c.answer}</th>
                <th scope="col" style={keepWords}>{c.points}</th>
                <th scope="col">{c.source}</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.id} id={`item-${row.id}`}>
                  <td className="stack-title">
                    <span className="item-id">{row.id}</span> {row.prompt}
                    {row.critical && <span className="critical-tag"> · {row.critical}</span>}
                    {row.notes && <div className="small muted">{row.notes}</div>}
                    {row.evidence && <div className="small muted">{row.evidence}</div>}
                    {row.mitigation && <div className="small muted">{row.mitigation}</div>}
                    {row.files && <FilesLineView line={row.files} />}
                    <ItemComments comments={itemComments[row.id]} />
                  </td>
                  <td data-label={c.answer} className={row.redFlag ? "red-flag" : ""} style={keepWords}>
                    {row.answer}
                    {row.redFlag && <div className="small">{row.redFlag}</div>}
                  </td>
                  <td data-label={c.points} style={{ whiteSpace: "nowrap" }}>{row.points}</td>
                  <td data-label={c.source} className="small">{row.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
