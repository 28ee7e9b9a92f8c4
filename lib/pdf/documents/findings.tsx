import { Text, View } from "@react-pdf/renderer";
import type { GapsBlock, IndicatorsBlock, RedFlagsBlock } from "@/lib/report/outline/blocks";
import { PdfTable } from "./pdf-table";
import { muted, pdfStyles } from "./styles";

export function PdfRedFlags({ block }: { block: RedFlagsBlock }) {
  if (block.flags.length === 0) return <Text style={{ color: muted }}>{block.empty}</Text>;
  return (
    <View>
      {block.flags.map((f, i) => (
        <View key={i} wrap={false} style={{ flexDirection: "row", marginBottom: 3 }}>
          <Text style={[pdfStyles.redFlag, { width: 12 }]}>!</Text>
          <Text style={{ flex: 1 }}>
            {f.criterionId ? <Text style={pdfStyles.bold}>{f.criterionId} </Text> : null}
            <Text style={pdfStyles.redFlag}>{f.text}</Text>
            {f.from ? <Text style={{ color: muted }}>{f.from}</Text> : null}
          </Text>
        </View>
      ))}
    </View>
  );
}

export function PdfGaps({ block }: { block: GapsBlock }) {
  return (
    <PdfTable
      empty={block.empty}
      columns={[
        { title: block.columns.criterion, width: "70%" },
        { title: block.columns.reason, width: "30%" },
      ]}
      rows={block.gaps.map((g) => ({ key: g.criterionId, cells: [`${g.criterionId} ${g.prompt}`, g.reason] }))}
    />
  );
}

export function PdfIndicators({ block }: { block: IndicatorsBlock }) {
  const c = block.columns;
  return (
    <PdfTable
      empty={block.empty}
      columns={[
        { title: c.indicator, width: "46%" },
        { title: c.target, width: "18%" },
        { title: c.actual, width: "18%" },
        { title: c.reached, width: "18%" },
      ]}
      rows={block.rows.map((i, n) => ({ key: String(n), cells: [i.name, i.target, i.actual, i.reached] }))}
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
