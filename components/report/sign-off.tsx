import type { ProjectSignOffBlock, SignOffBlock } from "@/lib/report/outline/blocks";
import { keepWords } from "./rating-badge";
import { SignatureLines } from "./signature-lines";

/** Who submitted and who reviewed this version, on which checklist version. */
export function SignOffTable({ block }: { block: SignOffBlock }) {
  return (
    <>
      <table>
        <tbody>
          {block.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td data-testid={row.key === "status" ? "status" : undefined}>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureLines signatures={block.signatures} />
    </>
  );
}

/** The project's sign-off: one line per stage and partner; on a phone its five columns scroll, not the page. */
export function ProjectSignOffTable({ block }: { block: ProjectSignOffBlock }) {
  const c = block.columns;
  return (
    <>
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{c.assessment}</th>
              <th scope="col">{c.status}</th>
              <th scope="col">{c.submitted}</th>
              <th scope="col">{c.reviewed}</th>
              <th scope="col">{c.checklist}</th>
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.assessment}</th>
                <td data-label={c.status} style={keepWords}>{row.status}</td>
                <td data-label={c.submitted} style={keepWords}>{row.submitted}</td>
                <td data-label={c.reviewed} style={keepWords}>{row.reviewed}</td>
                <td data-label={c.checklist} style={keepWords}>{row.checklist}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SignatureLines signatures={block.signatures} />
    </>
  );
}
