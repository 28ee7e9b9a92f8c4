import type { AssessmentReport } from "@/lib/report/assessment-report";

export function IndicatorsTable({ indicators }: { indicators: AssessmentReport["indicators"] }) {
  if (indicators.length === 0) return <p className="muted">No indicators recorded.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Target</th>
          <th scope="col">Actual</th>
          <th scope="col">Reached</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i, n) => (
          <tr key={n}>
            <td>{i.name}</td>
            <td>
              {i.target ?? "—"} {i.unit}
            </td>
            <td>
              {i.actual ?? "—"} {i.unit}
            </td>
            <td>{i.progress === null ? "—" : `${i.progress.toFixed(0)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
