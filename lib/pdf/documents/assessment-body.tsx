import { Text, View } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { formatScore, isoDay, signOffStatusLabels } from "@/lib/report/format";
import { PdfBarChart } from "./bar-chart";
import { PdfCriteria } from "./criteria";
import { PdfGaps, PdfIndicators, PdfMethod, PdfRedFlags } from "./findings";
import { RatingChip } from "./rating-chip";
import { PdfHeading } from "./report-page";
import { PdfSignOff } from "./sign-off";
import { PdfSources } from "./sources";
import { PdfRiskRegister } from "./risk-register";
import { pdfStyles } from "./styles";

/** Everything the HTML assessment report shows, in the same order. */
export function AssessmentBody({ report, withSources = true }: { report: AssessmentReport; withSources?: boolean }) {
  return (
    <View>
      {report.status === "draft" && (
        <Text style={pdfStyles.notice}>
          This is a draft (last saved {isoDay(report.updatedAt)}): the figures change as answers are added. Unanswered items count
          as unknown.
        </Text>
      )}
      <View style={pdfStyles.metrics}>
        <View style={pdfStyles.metric}>
          <Text style={pdfStyles.metricLabel}>Rating</Text>
          <RatingChip rating={report.rating} size={11} />
        </View>
        <View style={pdfStyles.metric}>
          <Text style={pdfStyles.metricLabel}>{report.register ? "Highest open risk band" : "Risk score (0–100)"}</Text>
          <Text style={pdfStyles.metricValue}>{report.register ? (report.scoreRating ?? "—") : formatScore(report.score)}</Text>
        </View>
        <View style={pdfStyles.metric}>
          <Text style={pdfStyles.metricLabel}>Red flags · information gaps</Text>
          <Text style={pdfStyles.metricValue}>
            {report.redFlags.length} · {report.gaps.length}
          </Text>
        </View>
        <View style={pdfStyles.metric}>
          <Text style={pdfStyles.metricLabel}>Status</Text>
          <Text>{`${signOffStatusLabels[report.status]} · version ${report.version}`}</Text>
          <Text style={[pdfStyles.muted, pdfStyles.small]}>answered {report.progress.answered} of {report.progress.total}</Text>
        </View>
      </View>

      <PdfHeading level={2}>Section scores</PdfHeading>
      <PdfBarChart bars={report.chart.bars} max={report.chart.max} unit={report.chart.unit} />
      {!report.register && (
        <>
          <PdfHeading level={2}>Red flags</PdfHeading>
          <PdfRedFlags flags={report.redFlags} />
        </>
      )}
      {report.register && <PdfRiskRegister register={report.register} topRisks={report.topRisks} />}
      <PdfHeading level={2}>Information gaps</PdfHeading>
      <PdfGaps gaps={report.gaps} />
      {(report.indicators.length > 0 || report.register) && (
        <>
          <PdfHeading level={2}>Indicators</PdfHeading>
          <PdfIndicators indicators={report.indicators} />
        </>
      )}
      <PdfHeading level={2}>How this score was computed</PdfHeading>
      <PdfMethod lines={report.method} />
      {report.sections.length > 0 && (
        <>
          <PdfHeading level={2}>All criteria</PdfHeading>
          <PdfCriteria sections={report.sections} />
        </>
      )}
      {withSources && (
        <>
          <PdfHeading level={2}>Sources</PdfHeading>
          <PdfSources sources={report.sources} />
        </>
      )}
      <PdfHeading level={2}>Sign-off</PdfHeading>
      <PdfSignOff report={report} />
    </View>
  );
}
