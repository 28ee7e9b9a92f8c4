import { Document, Text } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { isoDay, signOffStatusLabels } from "@/lib/report/format";
import { AssessmentBody } from "./assessment-body";
import { Cover } from "./cover";
import { projectCoverFacts } from "./project-facts";
import { ReportPage, type PageFrame } from "./report-page";
import { pdfStyles } from "./styles";

export function AssessmentDocument({ report, organizationName, generatedAt }: {
  report: AssessmentReport;
  organizationName: string;
  generatedAt: Date;
}) {
  const frame: PageFrame = { organizationName, generatedAt, title: `${report.project.name} · ${report.title}` };
  return (
    <Document title={`${report.project.name} — ${report.title}`} author={organizationName} language="en">
      <Cover
        frame={frame}
        kindLabel="Assessment report"
        heading={report.title}
        rating={report.rating}
        ratingLabel="Rating"
        facts={[
          { label: "Organisation", value: organizationName },
          ...projectCoverFacts(report.project),
          { label: "Status", value: `${signOffStatusLabels[report.status]} · version ${report.version}` },
          { label: "Checklist", value: `${report.checklistTitle}, version ${report.checklistVersion}` },
          { label: "Report date", value: isoDay(generatedAt) },
        ]}
      />
      <ReportPage frame={frame}>
        <Text style={pdfStyles.h1}>{report.title}</Text>
        <Text style={pdfStyles.muted}>{report.project.name}</Text>
        <AssessmentBody report={report} />
      </ReportPage>
    </Document>
  );
}
