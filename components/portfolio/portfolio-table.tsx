import Link from "next/link";
import type { ReactNode } from "react";
import { RatingBadge } from "@/components/report/rating-badge";
import { countryName } from "@/lib/projects/countries";
import type { ProjectSummary, StageCell } from "@/lib/portfolio/project-summary";

/** "Not started" is not a rating: it is shown as text so it never looks like a low risk. */
function Cell({ cell }: { cell: StageCell }) {
  return cell.started ? <RatingBadge rating={cell.rating} /> : <span className="muted small">Not started</span>;
}

/** Every project shown with its rating at each stage; the caption says how many of all are shown. */
export function PortfolioTable({ rows, caption }: { rows: ProjectSummary[]; caption: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="portfolio-table" data-testid="portfolio-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Country</th>
            <th scope="col">Sector</th>
            <th scope="col">Mode</th>
            <th scope="col">Before</th>
            <th scope="col">Partners (worst)</th>
            <th scope="col">During</th>
            <th scope="col">After</th>
            <th scope="col">Overall</th>
            <th scope="col">Red flags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.project.id}>
              <th scope="row">
                <Link href={`/projects/${row.project.id}`}>{row.project.name}</Link>
              </th>
              <td>{countryName(row.project.hostCountry)}</td>
              <td>{row.project.sector}</td>
              <td className="small">{row.modeLabel}</td>
              <td>
                <Cell cell={row.stages.before} />
              </td>
              <td>
                {row.partners.count === 0 ? <span className="muted small">No partner</span> : <Cell cell={row.partners} />}
              </td>
              <td>
                <Cell cell={row.stages.during} />
              </td>
              <td>
                <Cell cell={row.stages.after} />
              </td>
              <td>
                <RatingBadge rating={row.overall} />
              </td>
              <td className={row.redFlagCount > 0 ? "red-flag" : "muted"}>{row.redFlagCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
