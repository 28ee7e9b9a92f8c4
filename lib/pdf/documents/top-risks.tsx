import { Text, View } from "@react-pdf/renderer";
import type { ScoredRisk } from "@/lib/scoring/score-risks";
import { PdfTable } from "./pdf-table";
import { RatingChip } from "./rating-chip";
import { muted, pdfStyles } from "./styles";

export function PdfTopRisks({ risks }: { risks: ScoredRisk[] }) {
  return (
    <PdfTable
      empty="No open risk is rated yet."
      columns={[
        { title: "Risk", width: "38%" },
        { title: "Score", width: "20%" },
        { title: "Mitigation", width: "27%" },
        { title: "Owner · due", width: "15%" },
      ]}
      rows={risks.map((r) => ({
        key: r.item.id,
        cells: [
          <View key="risk">
            <Text>
              <Text style={pdfStyles.bold}>{r.item.id}</Text> {r.item.prompt}
            </Text>
            {r.isPriority && <Text style={pdfStyles.redFlag}>Priority{r.mitigation ? "" : ": no mitigation yet"}</Text>}
          </View>,
          <View key="score">
            <Text>
              {r.likelihood} × {r.impact} = <Text style={pdfStyles.bold}>{r.score}</Text>
            </Text>
            <RatingChip rating={r.rating} />
            <Text style={{ color: muted, fontSize: 7.5 }}>{r.status === "mitigating" ? "being mitigated" : r.status}</Text>
          </View>,
          r.mitigation?.action ?? "None",
          `${r.mitigation?.owner || "—"}${r.mitigation?.dueDate ? ` · ${r.mitigation.dueDate}` : ""}`,
        ],
      }))}
    />
  );
}
