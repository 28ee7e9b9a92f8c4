import { Document, Text, View } from "@react-pdf/renderer";
import type { ProjectReport } from "@/lib/report/project-report";
import { formatScore, isoDay, statusLabel } from "@/lib/report/format";
import { mergeSources } from "@/lib/report/sources";
import { AssessmentBody } from "./assessment-body";
import { PdfBarChart } from "./bar-chart";
import { Cover } from "./cover";
import { PdfMethod, PdfRedFlags } from "./findings";
import { PdfTable } from "./pdf-table";
import { projectCoverFacts } from "./project-facts";
import { RatingChip } from "./rating-chip";
import { PdfHeading, ReportPage, type PageFrame } from "./report-page";
import { PdfProjectSignOff } from "./sign-off";
import { PdfSources } from "./sources";
import { PdfRiskRegister } from "./risk-register";
import { pdfStyles } from "./styles";

/** Summary first, then one chapter per stage and partner, then the sources of every criterion. */
export function ProjectDocument({ report, organizationName, generatedAt }: {
  report: ProjectReport;
  organizationName: string;
  generatedAt: Date;
}) {
  const project = report.project;
  const frame: PageFrame = { organizationName, generatedAt, title: `${project.name} · Project report` };
  const started = report.parts.filter((p) => p.report !== null);
  const checklistParts = started.filter((p) => p.report!.register === null);
  return (
    <Document title={`${project.name} — Project report`} author={organizationName} language="en">
      <Cover
        frame={frame}
        kindLabel="Project risk report"
        heading={project.name}
        rating={report.overall.rating}
        ratingLabel="Overall rating"
        facts={[
          { label: "Organisation", value: organizationName },
          ...projectCoverFacts(project),
          { label: "Rating set by", value: report.overall.drivenBy ?? "—" },
          { label: "Report date", value: isoDay(generatedAt) },
        ]}
      />
      <ReportPage frame={frame}>
        <Text style={pdfStyles.h1}>Summary</Text>
        <View style={pdfStyles.metrics}>
          <View style={pdfStyles.metric}>
            <Text style={pdfStyles.metricLabel}>Overall rating</Text>
            <RatingChip rating={report.overall.rating} size={11} />
            {report.overall.drivenBy ? <Text style={[pdfStyles.muted, pdfStyles.small]}>set by {report.overall.drivenBy}</Text> : null}
          </View>
          <View style={pdfStyles.metric}>
            <Text style={pdfStyles.metricLabel}>Red flags</Text>
            <Text style={pdfStyles.metricValue}>{report.overall.redFlags.length}</Text>
          </View>
          <View style={pdfStyles.metric}>
            <Text style={pdfStyles.metricLabel}>Information gaps</Text>
            <Text style={pdfStyles.metricValue}>{report.gapsCount}</Text>
          </View>
        </View>
        <PdfHeading level={2}>Stages and partners</PdfHeading>
        <PdfTable
          columns={[
            { title: "Assessment", width: "36%" },
            { title: "Status", width: "18%" },
            { title: "Score", width: "16%" },
            { title: "Rating", width: "15%" },
            { title: "Red flags · gaps", width: "15%" },
          ]}
          rows={report.parts.map(({ key, label, report: r }) => ({
            key,
            cells: r
              ? [label, statusLabel(r.status, r.version), r.register ? "highest open risk" : formatScore(r.score), <RatingChip key="r" rating={r.rating} />, `${r.redFlags.length} · ${r.gaps.length}`]
              : [label, "Not started", "—", "—", "—"],
          }))}
        />
        {checklistParts.length > 0 && (
          <>
            <PdfHeading level={2}>Scores by stage</PdfHeading>
            <PdfBarChart
              bars={checklistParts.map((p) => ({ label: p.label, value: p.report!.score, rating: p.report!.rating }))}
              max={100}
              unit="risk score (0–100); the risk register is rated by its highest open risk instead"
            />
          </>
        )}
        <PdfHeading level={2}>Red flags</PdfHeading>
        <PdfRedFlags flags={report.overall.redFlags} showPart />
        {report.register && <PdfRiskRegister register={report.register} topRisks={report.topRisks} />}
        <PdfHeading level={2}>How this rating was computed</PdfHeading>
        <PdfMethod lines={report.method} />
        <PdfHeading level={2}>Sign-off</PdfHeading>
        <PdfProjectSignOff parts={report.parts} />
      </ReportPage>
      {started.map((part) => (
        <ReportPage key={part.key} frame={frame}>
          <Text style={pdfStyles.h1}>{part.label}</Text>
          <Text style={pdfStyles.muted}>
            {part.report!.checklistTitle}, version {part.report!.checklistVersion}
          </Text>
          <AssessmentBody report={part.report!} withSources={false} />
        </ReportPage>
      ))}
      <ReportPage frame={frame}>
        <Text style={pdfStyles.h1}>Sources</Text>
        <Text style={[pdfStyles.muted, pdfStyles.paragraph]}>The papers each criterion in this report is drawn from.</Text>
        <PdfSources sources={mergeSources(started.map((p) => p.report!.sources))} />
      </ReportPage>
    </Document>
  );
}
