import type { RiskRegisterScore, ScoredRisk } from "@/lib/scoring/score-risks";
import { HeatMap } from "./heat-map";
import { TopRisks } from "./top-risks";

/** The DURING part of a report: the heat map of open risks and the ranked risks with mitigations. */
export function RiskRegisterSections({ register, topRisks }: { register: RiskRegisterScore; topRisks: ScoredRisk[] }) {
  return (
    <>
      <section className="report-section">
        <h2>Heat map of open risks</h2>
        <HeatMap heatMap={register.heatMap} />
      </section>
      <section className="report-section">
        <h2>Top risks and mitigations</h2>
        <TopRisks risks={topRisks} />
      </section>
    </>
  );
}
