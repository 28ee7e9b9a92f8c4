import { Text, View } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/report/assessment-report";
import { formatPoints, formatScore } from "@/lib/report/format";
import { PdfTable } from "./pdf-table";
import { RatingChip } from "./rating-chip";
import { muted, pdfStyles } from "./styles";

/** Every criterion with its answer, weight, risk points and the paper it comes from. */
export function PdfCriteria({ sections }: { sections: AssessmentReport["sections"] }) {
  return (
    <View>
      {sections.map((section) => (
        <View key={section.id}>
          <View style={{ flexDirection: "row", alignItems: "center", gap: 6, marginTop: 10, marginBottom: 4 }} minPresenceAhead={60}>
            <Text style={[pdfStyles.h3, { marginTop: 0, marginBottom: 0 }]}>
              {section.title} · {formatScore(section.score)}
            </Text>
            <RatingChip rating={section.rating} />
          </View>
          <PdfTable
            columns={[
              { title: "Criterion", width: "50%" },
              { title: "Answer", width: "17%" },
              { title: "Weight × points", width: "13%" },
              { title: "Source", width: "20%" },
            ]}
            rows={section.items.map((row) => ({
              key: row.item.id,
              cells: [
                <View key="criterion">
                  <Text>
                    <Text style={pdfStyles.bold}>{row.item.id}</Text> {row.item.prompt}
                    {row.item.critical ? <Text style={{ color: muted }}> · Critical</Text> : null}
                  </Text>
                  {row.facts?.notes ? <Text style={{ color: muted, fontSize: 7.5 }}>Notes: {row.facts.notes}</Text> : null}
                  {row.facts?.evidence ? <Text style={{ color: muted, fontSize: 7.5 }}>Evidence: {row.facts.evidence}</Text> : null}
                </View>,
                <View key="answer">
                  <Text style={row.isRedFlag ? pdfStyles.redFlag : {}}>{row.answerLabel}</Text>
                  {row.isRedFlag && <Text style={pdfStyles.redFlag}>Red flag</Text>}
                </View>,
                row.points === null ? "left out" : `${row.item.weight} × ${formatPoints(row.points)}`,
                <Text key="source" style={{ fontSize: 7.5 }}>{row.item.sources.map((s) => `[${s.doc}] ${s.where}`).join("; ")}</Text>,
              ],
            }))}
          />
        </View>
      ))}
    </View>
  );
}
