import { Text, View } from "@react-pdf/renderer";
import type { ProjectSignOffBlock, SignOffBlock } from "@/lib/report/outline/blocks";
import { PdfTable } from "./pdf-table";
import { PdfSignatureLines } from "./signature-lines";
import { muted, rule } from "./styles";

/** Who submitted and who reviewed this version, on which checklist version. */
export function PdfSignOff({ block }: { block: SignOffBlock }) {
  return (
    <View wrap={false} style={{ borderWidth: 0.75, borderColor: rule, borderRadius: 3, padding: 8, marginTop: 6 }}>
      {block.rows.map((row) => (
        <View key={row.key} style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: rule, paddingVertical: 3 }}>
          <Text style={{ width: 110, color: muted }}>{row.label}</Text>
          <Text style={{ flex: 1 }}>{row.value}</Text>
        </View>
      ))}
      <PdfSignatureLines signatures={block.signatures} />
    </View>
  );
}

/** The project's sign-off: one line per stage and partner, then the lines the pack is signed on, kept on one page. */
export function PdfProjectSignOff({ block }: { block: ProjectSignOffBlock }) {
  const c = block.columns;
  return (
    <View>
      <PdfTable
        columns={[
          { title: c.assessment, width: "28%" },
          { title: c.status, width: "20%" },
          { title: c.submitted, width: "18%" },
          { title: c.reviewed, width: "18%" },
          { title: c.checklist, width: "16%" },
        ]}
        rows={block.rows.map((r) => ({ key: r.key, cells: [r.assessment, r.status, r.submitted, r.reviewed, r.checklist] }))}
      />
      <View wrap={false}>
        <PdfSignatureLines signatures={block.signatures} />
      </View>
    </View>
  );
}
