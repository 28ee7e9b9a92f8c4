import { Document } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import { assessmentCover } from "@/lib/report/outline/cover";
import { Cover } from "./cover";
import { OutlinePage } from "./outline-page";
import type { PageFrame } from "./report-page";

export function AssessmentDocument({ report, organizationName, generatedAt }: {
  report: AssessmentReport;
  organizationName: string;
  generatedAt: Date;
}) {
  const outline = buildAssessmentOutline(report);
  const frame: PageFrame = { organizationName, generatedAt, title: `${report.project.name} · ${report.title}` };
  return (
    <Document title={`${report.project.name} — ${report.title}`} author={organizationName} language="en">
      <Cover frame={frame} cover={assessmentCover(report, { organizationName, generatedAt })} />
      <OutlinePage frame={frame} heading={outline.heading} blocks={outline.blocks} />
    </Document>
  );
}
