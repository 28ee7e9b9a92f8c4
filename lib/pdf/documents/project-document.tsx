import { Document } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { projectCover } from "@/lib/report/outline/cover";
import { buildProjectOutline } from "@/lib/report/outline/project-outline";
import type { ProjectReport } from "@/lib/report/project-report";
import { wordsFor } from "@/lib/report/words";
import { Cover } from "./cover";
import { OutlinePage } from "./outline-page";
import type { PageFrame } from "./report-page";

/** The project report first, then one chapter per started stage and partner: the whole dossier in one file. */
export function ProjectDocument({ report, organizationName, generatedAt, locale }: {
  report: ProjectReport;
  organizationName: string;
  generatedAt: Date;
  locale: Locale;
}) {
  const w = wordsFor(locale);
  const outline = buildProjectOutline(report, locale);
  const names = { project: report.project.name, report: w("report.cover.projectReport") };
  const frame: PageFrame = { organizationName, generatedAt, locale, title: w("pdf.titleJoin", names), watermark: outline.watermark };
  return (
    <Document title={w("pdf.documentTitle", names)} author={organizationName} language={locale}>
      <Cover frame={frame} cover={projectCover(report, { organizationName, generatedAt }, locale)} />
      <OutlinePage frame={frame} heading={outline.heading} blocks={outline.blocks} />
      {outline.chapters.map((chapter) => (
        <OutlinePage key={chapter.key} frame={frame} heading={chapter.heading} blocks={chapter.blocks} />
      ))}
    </Document>
  );
}
