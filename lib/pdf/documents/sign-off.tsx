import { Text, View } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { ProjectReportPart } from "@/lib/report/project-report";
import { isoDay, signOffStatusLabels } from "@/lib/report/format";
import { PdfTable } from "./pdf-table";
import { muted, rule } from "./styles";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: rule, paddingVertical: 3 }}>
      <Text style={{ width: 110, color: muted }}>{label}</Text>
      <Text style={{ flex: 1 }}>{value}</Text>
    </View>
  );
}

/** Who submitted and who reviewed this version, on which checklist version. */
export function PdfSignOff({ report }: { report: AssessmentReport }) {
  return (
    <View wrap={false} style={{ borderWidth: 0.75, borderColor: rule, borderRadius: 3, padding: 8, marginTop: 6 }}>
      <Row label="Status" value={`${signOffStatusLabels[report.status]} · version ${report.version}`} />
      <Row label="Submitted by" value={`${report.submittedBy ?? "—"} · ${isoDay(report.submittedAt)}`} />
      <Row
        label={report.status === "returned" ? "Returned by" : "Approved by"}
        value={`${report.reviewedBy ?? "—"} · ${isoDay(report.reviewedAt)}`}
      />
      <Row label="Checklist" value={`${report.checklistTitle}, version ${report.checklistVersion}`} />
    </View>
  );
}

/** The project's sign-off: one line per stage and partner. */
export function PdfProjectSignOff({ parts }: { parts: ProjectReportPart[] }) {
  return (
    <PdfTable
      columns={[
        { title: "Assessment", width: "28%" },
        { title: "Status", width: "20%" },
        { title: "Submitted", width: "18%" },
        { title: "Approved / returned", width: "18%" },
        { title: "Checklist", width: "16%" },
      ]}
      rows={parts.map(({ key, label, report: r }) => ({
        key,
        cells: r
          ? [
              label,
              `${signOffStatusLabels[r.status]} · v${r.version}`,
              `${r.submittedBy ?? "—"} · ${isoDay(r.submittedAt)}`,
              `${r.reviewedBy ?? "—"} · ${isoDay(r.reviewedAt)}`,
              `version ${r.checklistVersion}`,
            ]
          : [label, "Not started", "—", "—", "—"],
      }))}
    />
  );
}
