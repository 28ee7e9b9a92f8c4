import type { ReactNode } from "react";
import type { ReportBlock } from "@/lib/report/outline/blocks";
import type { ItemComment } from "@/components/review/item-comments";
import { CriteriaTable } from "./criteria-table";
import { InformationGaps, RedFlags } from "./flags-and-gaps";
import { HeatMap } from "./heat-map";
import { IndicatorsTable } from "./indicators-table";
import { MethodList } from "./method-list";
import { SectionChart } from "./section-chart";
import { ProjectSignOffTable, SignOffTable } from "./sign-off";
import { SourcesList } from "./sources-list";
import { StagesTable } from "./stages-table";
import { SummaryMetrics } from "./summary-metrics";
import { TopRisks } from "./top-risks";

/**
 * The HTML report: the outline's blocks, in its order, each under its title. Which blocks there
 * are and what they say is the outline's (lib/report/outline); this only lays them out.
 */
export function ReportBlocks({ blocks, itemComments }: { blocks: ReadonlyArray<ReportBlock>; itemComments?: Record<string, ItemComment[]> }) {
  return blocks.map((block, i) => <HtmlBlock key={`${block.kind}-${i}`} block={block} itemComments={itemComments} />);
}

function Titled({ block, children, keepTogether = true }: { block: ReportBlock; children: ReactNode; keepTogether?: boolean }) {
  return (
    <section className={keepTogether ? "report-section" : undefined} data-block={block.kind}>
      <h2>{block.title}</h2>
      {children}
    </section>
  );
}

/** Reviewers' comments on an item are the page's (review), not the report's: the PDF has none. */
function HtmlBlock({ block, itemComments }: { block: ReportBlock; itemComments?: Record<string, ItemComment[]> }) {
  switch (block.kind) {
    case "summary":
      return <SummaryMetrics block={block} />;
    case "stages":
      return <Titled block={block}><StagesTable block={block} /></Titled>;
    case "section-scores":
      return <Titled block={block}><SectionChart block={block} /></Titled>;
    case "red-flags":
      return <Titled block={block}><RedFlags block={block} /></Titled>;
    case "heat-map":
      return <Titled block={block}><HeatMap block={block} /></Titled>;
    case "top-risks":
      return <Titled block={block}><TopRisks block={block} /></Titled>;
    case "gaps":
      return <Titled block={block}><InformationGaps block={block} /></Titled>;
    case "indicators":
      return <Titled block={block}><IndicatorsTable block={block} /></Titled>;
    case "method":
      return <Titled block={block}><MethodList lines={block.lines} /></Titled>;
    case "criteria":
      // Long: its sections keep together one by one, not as a whole.
      return <Titled block={block} keepTogether={false}><CriteriaTable block={block} itemComments={itemComments} /></Titled>;
    case "sources":
      return <Titled block={block}><SourcesList block={block} /></Titled>;
    case "sign-off":
      return <SignOffCard block={block}><SignOffTable block={block} /></SignOffCard>;
    case "project-sign-off":
      return <SignOffCard block={block}><ProjectSignOffTable block={block} /></SignOffCard>;
    default:
      return block satisfies never;
  }
}

function SignOffCard({ block, children }: { block: ReportBlock; children: ReactNode }) {
  return (
    <section className="report-section card" aria-labelledby="sign-off" data-block={block.kind}>
      <h2 id="sign-off" style={{ marginTop: 0 }}>
        {block.title}
      </h2>
      {children}
    </section>
  );
}
