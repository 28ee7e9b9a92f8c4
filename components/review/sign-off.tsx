import type { AssessmentReport } from "@/lib/report/assessment-report";
import { isoDay as day, signOffStatusLabels as statusText } from "@/lib/report/format";

/** Who submitted and who reviewed this version, on which checklist version. */
export function SignOff({ report }: { report: AssessmentReport }) {
  return (
    <section className="report-section card" aria-labelledby="sign-off">
      <h2 id="sign-off" style={{ marginTop: 0 }}>
        Sign-off
      </h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">Status</th>
            <td data-testid="status">
              {statusText[report.status]} · version {report.version}
            </td>
          </tr>
          <tr>
            <th scope="row">Submitted by</th>
            <td>
              {report.submittedBy ?? "—"} · {day(report.submittedAt)}
            </td>
          </tr>
          <tr>
            <th scope="row">{report.status === "returned" ? "Returned by" : "Approved by"}</th>
            <td>
              {report.reviewedBy ?? "—"} · {day(report.reviewedAt)}
            </td>
          </tr>
          <tr>
            <th scope="row">Checklist</th>
            <td>
              {report.checklistTitle}, version {report.checklistVersion}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
