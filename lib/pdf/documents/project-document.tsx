import { Document } from "@react-pdf/renderer";
import { reportLabels } from "@/lib/report/outline/labels";
import { projectCover } from "@/lib/report/outline/cover";
import { buildProjectOutline } from "@/lib/report/outline/project-outline";
import type { ProjectReport } from "@/lib/report/project-report";
import { Cover } from "./cover";
import { OutlinePage } from "./outline-page";
import type { PageFrame } from "./report-page";

/** The project report first, then one chapter per started stage and partner: the whole dossier in one file. */
export function ProjectDocument({ report, organizationName, generatedAt }: {
  report: ProjectReport;
  organizationName: string;
  generatedAt: Date;
}) {
  const outline = buildProjectOutline(report);
  const title = `${report.project.name} · ${reportLabels.cover.projectReport}`;
  const frame: PageFrame = { organizationName, generatedAt, title };
  return (
    <Document title={`${report.project.name} — ${reportLabels.cover.projectReport}`} author={organizationName} language="en">
      <Cover frame={frame} cover={projectCover(report, { organizationName, generatedAt })} />
      <OutlinePage frame={frame} heading={outline.heading} blocks={outline.blocks} />
      {outline.chapters.map((chapter) => (
        <OutlinePage key={chapter.key} frame={frame} heading={chapter.heading} blocks={chapter.blocks} />
      ))}
    </Document>
  );
}
