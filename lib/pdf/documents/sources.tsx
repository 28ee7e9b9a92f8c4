import { Text, View } from "@react-pdf/renderer";
import type { SourcesBlock } from "@/lib/report/outline/blocks";
import { muted, pdfStyles } from "./styles";

export function PdfSources({ block }: { block: SourcesBlock }) {
  return (
    <View>
      {block.intro && <Text style={[pdfStyles.muted, pdfStyles.paragraph]}>{block.intro}</Text>}
      {block.sources.map((s) => (
        <View key={s.doc} wrap={false} style={{ marginBottom: 5 }}>
          <Text>
            <Text style={pdfStyles.bold}>{s.ref}</Text> {s.author}
            {s.year ? ` ${s.year}` : ""}, {s.title}.
          </Text>
          <Text style={{ color: muted, fontSize: 7.5 }}>{s.criteria}</Text>
        </View>
      ))}
    </View>
  );
}
