import type { StagesBlock } from "@/lib/report/outline/blocks";
import { BandChip } from "./band-chip";
import { PdfTable } from "./pdf-table";

export function PdfStagesTable({ block }: { block: StagesBlock }) {
  const c = block.columns;
  return (
    <PdfTable
      columns={[
        { title: c.assessment, width: "36%" },
        { title: c.status, width: "18%" },
        { title: c.score, width: "16%" },
        { title: c.rating, width: "15%" },
        { title: c.flagsAndGaps, width: "15%" },
      ]}
      rows={block.rows.map((row) => ({
        key: row.key,
        cells: [row.label, row.status, row.score, row.band ? <BandChip key="band" band={row.band} /> : block.none, row.flagsAndGaps],
      }))}
    />
  );
}
