import { Text, View } from "@react-pdf/renderer";
import type { SourceUse } from "@/lib/report/sources";
import { muted, pdfStyles } from "./styles";

export function PdfSources({ sources }: { sources: SourceUse[] }) {
  return (
    <View>
      {sources.map(({ document, criteria }) => (
        <View key={document.doc} wrap={false} style={{ marginBottom: 5 }}>
          <Text>
            <Text style={pdfStyles.bold}>[{document.doc}]</Text> {document.author}
            {document.year ? ` (${document.year})` : ""}, {document.title}.
          </Text>
          <Text style={{ color: muted, fontSize: 7.5 }}>Criteria: {criteria.map((c) => `${c.id} (${c.where})`).join(", ")}</Text>
        </View>
      ))}
    </View>
  );
}
