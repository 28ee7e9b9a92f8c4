import { Text } from "@react-pdf/renderer";
import type { ReportBlock, OutlineHeading } from "@/lib/report/outline/blocks";
import { ReportPage, type PageFrame } from "./report-page";
import { PdfReportBlocks } from "./report-blocks";
import { pdfStyles } from "./styles";

/** A report, or a chapter of one, starting on a new page: its heading, then its blocks. */
export function OutlinePage({ frame, heading, blocks }: { frame: PageFrame; heading: OutlineHeading; blocks: ReadonlyArray<ReportBlock> }) {
  return (
    <ReportPage frame={frame}>
      <Text style={pdfStyles.h1}>{heading.title}</Text>
      <Text style={pdfStyles.muted}>{heading.subtitle}</Text>
      <PdfReportBlocks blocks={blocks} />
    </ReportPage>
  );
}
