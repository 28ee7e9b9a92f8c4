import type { ReactNode } from "react";
import { View } from "@react-pdf/renderer";
import type { ReportBlock } from "@/lib/report/outline/blocks";
import { PdfBarChart } from "./bar-chart";
import { PdfCriteria } from "./criteria";
import { PdfGaps, PdfIndicators, PdfMethod, PdfRedFlags } from "./findings";
import { PdfHeatMap } from "./heat-map";
import { PdfHeading } from "./report-page";
import { PdfProjectSignOff, PdfSignOff } from "./sign-off";
import { PdfSources } from "./sources";
import { PdfStagesTable } from "./stages-table";
import { PdfSummary } from "./summary";
import { PdfTopRisks } from "./top-risks";

/**
 * The PDF report: the outline's blocks, in its order, each under its title. Which blocks there
 * are and what they say is the outline's (lib/report/outline); this only lays them out.
 */
export function PdfReportBlocks({ blocks }: { blocks: ReadonlyArray<ReportBlock> }) {
  return <View>{blocks.map((block, i) => <PdfBlock key={`${block.kind}-${i}`} block={block} />)}</View>;
}

function Titled({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PdfHeading level={2}>{title}</PdfHeading>
      {children}
    </>
  );
}

function PdfBlock({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case "summary":
      return <PdfSummary block={block} />;
    case "stages":
      return <Titled title={block.title}><PdfStagesTable block={block} /></Titled>;
    case "section-scores":
      return <Titled title={block.title}><PdfBarChart block={block} /></Titled>;
    case "red-flags":
      return <Titled title={block.title}><PdfRedFlags block={block} /></Titled>;
    case "heat-map":
      return <Titled title={block.title}><PdfHeatMap block={block} /></Titled>;
    case "top-risks":
      return <Titled title={block.title}><PdfTopRisks block={block} /></Titled>;
    case "gaps":
      return <Titled title={block.title}><PdfGaps block={block} /></Titled>;
    case "indicators":
      return <Titled title={block.title}><PdfIndicators block={block} /></Titled>;
    case "method":
      return <Titled title={block.title}><PdfMethod lines={block.lines} /></Titled>;
    case "criteria":
      return <Titled title={block.title}><PdfCriteria block={block} /></Titled>;
    case "sources":
      return <Titled title={block.title}><PdfSources block={block} /></Titled>;
    case "sign-off":
      // Short and signed by hand: its heading, names and lines stay on one page together.
      return <View wrap={false}><Titled title={block.title}><PdfSignOff block={block} /></Titled></View>;
    case "project-sign-off":
      // One line per stage and partner: on one page with its signature lines unless it is too long for one.
      return <View wrap={block.rows.length > 12}><Titled title={block.title}><PdfProjectSignOff block={block} /></Titled></View>;
    default:
      return block satisfies never;
  }
}
