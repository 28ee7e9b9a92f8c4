import { Text, View } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { RedFlag } from "@/lib/scoring/rate-project";
import { PdfTable } from "./pdf-table";
import { muted, pdfStyles } from "./styles";

export function PdfRedFlags({ flags, showPart = false }: { flags: RedFlag[]; showPart?: boolean }) {
  if (flags.length === 0) return <Text style={{ color: muted }}>No red flags: no critical item is not met or unknown.</Text>;
  return (
    <View>
      {flags.map((f, i) => (
        <View key={i} wrap={false} style={{ flexDirection: "row", marginBottom: 3 }}>
          <Text style={[pdfStyles.redFlag, { width: 12 }]}>!</Text>
          <Text style={{ flex: 1 }}>
            {f.criterionId ? <Text style={pdfStyles.bold}>{f.criterionId} </Text> : null}
            <Text style={pdfStyles.redFlag}>{f.text}</Text>
            {showPart ? <Text style={{ color: muted }}> ({f.part})</Text> : null}
          </Text>
        </View>
      ))}
    </View>
  );
}

export function PdfGaps({ gaps }: { gaps: AssessmentReport["gaps"] }) {
  return (
    <PdfTable
      empty="No information gaps."
      columns={[
        { title: "Criterion", width: "70%" },
        { title: "Why it is a gap", width: "30%" },
      ]}
      rows={gaps.map((g) => ({ key: g.criterionId, cells: [`${g.criterionId} ${g.prompt}`, g.reason] }))}
    />
  );
}

export function PdfIndicators({ indicators }: { indicators: AssessmentReport["indicators"] }) {
  return (
    <PdfTable
      empty="No indicators recorded."
      columns={[
        { title: "Indicator", width: "46%" },
        { title: "Target", width: "18%" },
        { title: "Actual", width: "18%" },
        { title: "Reached", width: "18%" },
      ]}
      rows={indicators.map((i, n) => ({
        key: String(n),
        cells: [
          i.name,
          `${i.target ?? "—"} ${i.unit}`,
          `${i.actual ?? "—"} ${i.unit}`,
          i.progress === null ? "—" : `${i.progress.toFixed(0)} %`,
        ],
      }))}
    />
  );
}

export function PdfMethod({ lines }: { lines: string[] }) {
  return (
    <View>
      {lines.map((line, i) => (
        <View key={i} wrap={false} style={{ flexDirection: "row", marginBottom: 2 }}>
          <Text style={{ width: 16, color: muted }}>{i + 1}.</Text>
          <Text style={{ flex: 1, fontSize: 8 }}>{line}</Text>
        </View>
      ))}
    </View>
  );
}
