import { Text, View } from "@react-pdf/renderer";
import type { SummaryBlock } from "@/lib/report/outline/blocks";
import { BandChip } from "./band-chip";
import { pdfStyles } from "./styles";

/** The figures a reader looks for first, as boxes side by side. */
export function PdfSummary({ block }: { block: SummaryBlock }) {
  return (
    <View>
      {block.notice && <Text style={pdfStyles.notice}>{block.notice}</Text>}
      <View style={pdfStyles.metrics}>
        {block.metrics.map((m) => (
          <View key={m.key} style={pdfStyles.metric}>
            <Text style={pdfStyles.metricLabel}>{m.label}</Text>
            {m.value.show === "band" && <BandChip band={m.value.band} size={11} />}
            {m.value.show === "figure" && <Text style={pdfStyles.metricValue}>{m.value.text}</Text>}
            {m.value.show === "text" && <Text>{m.value.text}</Text>}
            {m.notes.map((note) => (
              <Text key={note} style={[pdfStyles.muted, pdfStyles.small]}>{note}</Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
