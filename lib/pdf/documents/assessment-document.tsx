import { Document } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { buildAssessmentOutline } from "@/lib/report/outline/assessment-outline";
import { assessmentCover } from "@/lib/report/outline/cover";
import { wordsFor } from "@/lib/report/words";
import { Cover } from "./cover";
import { OutlinePage } from "./outline-page";
import type { PageFrame } from "./report-page";

export function AssessmentDocument({ report, organizationName, generatedAt, locale }: {
  report: AssessmentReport;
  organizationName: string;
  generatedAt: Date;
  locale: Locale;
}) {
  const w = wordsFor(locale);
  const outline = buildAssessmentOutline(report, locale);
  const frame: PageFrame = { organizationName, generatedAt, locale, title: w("pdf.titleJoin", { project: report.project.name, report: report.title }), watermark: outline.watermark };
  return (
    <Document title={w("pdf.documentTitle", { project: report.project.name, report: report.title })} author={organizationName} language={locale}>
      <Cover frame={frame} cover={assessmentCover(report, { organizationName, generatedAt }, locale)} />
      <OutlinePage frame={frame} heading={outline.heading} blocks={outline.blocks} />
    </Document>
  );
}
