import { Fragment } from "react";
import { RatingBadge } from "@/components/report/rating-badge";
import type { ProjectSummary } from "@/lib/portfolio/project-summary";
import { stageTrend } from "@/lib/portfolio/trend";
import type { VersionTrend } from "@/lib/portfolio/version-trend";

export type TrendRow = { summary: ProjectSummary; versions: VersionTrend[] };

/** Trends across stages and across versions, always said in words, never by colour alone. */
export function TrendTable({ rows }: { rows: TrendRow[] }) {
  return (
    <div className="table-wrap">
      <table className="trend-table" data-testid="trend-table">
        <caption>How each project's rating moved: the last change across stages, and each assessment's versions.</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Across stages (before → during → after)</th>
            <th scope="col">Across versions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ summary, versions }) => {
            const trend = stageTrend(summary.stages);
            return (
              <tr key={summary.project.id}>
                <th scope="row">{summary.project.name}</th>
                <td>
                  <div className="trend-steps small">
                    {trend.steps.map((step, i) => (
                      <Fragment key={step.stage}>
                        {i > 0 && <span aria-hidden="true"> → </span>}
                        <span className="trend-step">
                          {step.label}{" "}
                          {step.started ? <RatingBadge rating={step.rating} /> : <span className="muted">not started</span>}
                        </span>
                      </Fragment>
                    ))}
                  </div>
                  <strong className={`trend-word ${trend.word ?? "none"}`} data-testid="stage-trend">
                    {trend.text}
                  </strong>
                </td>
                <td>
                  {versions.length === 0 ? (
                    <span className="muted small">No assessment started</span>
                  ) : (
                    <ul className="version-trends small">
                      {versions.map((v) => (
                        <li key={v.label}>
                          <span className="muted">{v.label}:</span> {v.text}
                          {v.word ? ` — ${v.word}` : v.points.length === 1 ? " — one version" : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
