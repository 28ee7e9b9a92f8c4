import { Fragment } from "react";
import { Text, View } from "@react-pdf/renderer";
import type { CriteriaBlock } from "@/lib/report/outline/blocks";
import { filesLineText } from "@/lib/report/outline/files-of";
import { BandChip } from "./band-chip";
import { PdfTable, tableStartHeight } from "./pdf-table";
import { muted, pdfStyles } from "./styles";

/**
 * Every criterion with its answer, weight, risk points and the paper it comes from. Headings and
 * tables are siblings (a fragment, no wrapping View): react-pdf moves a heading on to the next page
 * for `minPresenceAhead` only when something comes before it in the same parent, so nested this
 * way a section's heading and column names never end a page without a row under them.
 */
export function PdfCriteria({ block }: { block: CriteriaBlock }) {
  const c = block.columns;
  return (
    <>
      {block.sections.map((section) => (
        <Fragment key={section.id}>
          <View style={{ flexDirection: "row", alignItems: "center", gap: 6, marginTop: 10, marginBottom: 4 }} minPresenceAhead={tableStartHeight}>
            <Text style={[pdfStyles.h3, { marginTop: 0, marginBottom: 0 }]}>{section.heading}</Text>
            <BandChip band={section.band} />
          </View>
          <PdfTable
            columns={[
              { title: c.criterion, width: "50%" },
              { title: c.answer, width: "17%" },
              { title: c.points, width: "13%" },
              { title: c.source, width: "20%" },
            ]}
            rows={section.rows.map((row) => ({
              key: row.id,
              cells: [
                <View key="criterion">
                  <Text>
                    <Text style={pdfStyles.bold}>{row.id}</Text> {row.prompt}
                    {row.critical ? <Text style={{ color: muted }}> · {row.critical}</Text> : null}
                  </Text>
                  {row.notes ? <Text style={{ color: muted, fontSize: 7.5 }}>{row.notes}</Text> : null}
                  {row.evidence ? <Text style={{ color: muted, fontSize: 7.5 }}>{row.evidence}</Text> : null}
                  {row.mitigation ? <Text style={{ color: muted, fontSize: 7.5 }}>{row.mitigation}</Text> : null}
                  {row.files ? <Text style={{ color: muted, fontSize: 7.5 }}>{filesLineText(row.files)}</Text> : null}
                </View>,
                <View key="answer">
                  <Text style={row.redFlag ? pdfStyles.redFlag : {}}>{row.answer}</Text>
                  {row.redFlag && <Text style={pdfStyles.redFlag}>{row.redFlag}</Text>}
                </View>,
                row.points,
                <Text key="source" style={{ fontSize: 7.5 }}>{row.source}</Text>,
              ],
            }))}
          />
        </Fragment>
      ))}
    </>
  );
}
