import { Text, View } from "@react-pdf/renderer";
import type { TopRisksBlock } from "@/lib/report/outline/blocks";
import { BandChip } from "./band-chip";
import { PdfTable } from "./pdf-table";
import { muted, pdfStyles } from "./styles";

export function PdfTopRisks({ block }: { block: TopRisksBlock }) {
  const c = block.columns;
  return (
    <PdfTable
      empty={block.empty}
      columns={[
        { title: c.risk, width: "38%" },
        { title: c.score, width: "20%" },
        { title: c.mitigation, width: "27%" },
        { title: c.ownerDue, width: "15%" },
      ]}
      rows={block.rows.map((r) => ({
        key: r.id,
        cells: [
          <View key="risk">
            <Text>
              <Text style={pdfStyles.bold}>{r.id}</Text> {r.prompt}
            </Text>
            {r.origin && <Text style={{ color: muted, fontSize: 7.5 }}>{r.origin}</Text>}
            {r.priority && <Text style={pdfStyles.redFlag}>{r.priority}</Text>}
          </View>,
          <View key="score">
            <Text>
              {r.formula} <Text style={pdfStyles.bold}>{r.score}</Text>
            </Text>
            <BandChip band={r.band} />
            <Text style={{ color: muted, fontSize: 7.5 }}>{r.status}</Text>
          </View>,
          r.mitigation.text,
          r.ownerDue,
        ],
      }))}
    />
  );
}
