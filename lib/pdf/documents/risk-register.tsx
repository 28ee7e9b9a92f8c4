import type { RiskRegisterScore, ScoredRisk } from "@/lib/scoring/score-risks";
import { PdfHeatMap } from "./heat-map";
import { PdfHeading } from "./report-page";
import { PdfTopRisks } from "./top-risks";

/** The DURING part of a report: the heat map of open risks and the ranked risks with mitigations. */
export function PdfRiskRegister({ register, topRisks }: { register: RiskRegisterScore; topRisks: ScoredRisk[] }) {
  return (
    <>
      <PdfHeading level={2}>Heat map of open risks</PdfHeading>
      <PdfHeatMap heatMap={register.heatMap} />
      <PdfHeading level={2}>Top risks and mitigations</PdfHeading>
      <PdfTopRisks risks={topRisks} />
    </>
  );
}
