import { Text, View } from "@react-pdf/renderer";
import type { HeatMapBlock } from "@/lib/report/outline/blocks";
import { ratingFills, unratedColour } from "@/lib/report/rating-colours";
import { muted } from "./styles";

const cell = 30;

/** The 5×5 likelihood × impact matrix; each cell shows how many open risks sit in it. */
export function PdfHeatMap({ block }: { block: HeatMapBlock }) {
  return (
    <View wrap={false} style={{ flexDirection: "row", alignItems: "center", marginVertical: 4 }}>
      {/* Upright, the label's characters stack one per line in the narrow column. */}
      <Text style={block.axes.upright ? { width: 14, paddingHorizontal: 3, fontSize: 7, color: muted, textAlign: "center" } : { width: 14, fontSize: 7, color: muted, transform: "rotate(-90deg)" }}>
        {block.axes.likelihood}
      </Text>
      <View>
        {block.rows.map((row) => (
          <View key={row.likelihood} style={{ flexDirection: "row" }}>
            <Text style={{ width: 14, height: cell, paddingTop: 10, fontSize: 7.5, color: muted, textAlign: "center" }}>{row.likelihood}</Text>
            {row.cells.map((c) => (
              <View
                key={c.impact}
                style={{
                  width: cell,
                  height: cell,
                  backgroundColor: c.band.rating ? ratingFills[c.band.rating] : unratedColour,
                  borderWidth: 0.5,
                  borderColor: "#ffffff",
                  alignItems: "center",
                  justifyContent: "center",
                }}
              >
                <Text style={{ fontSize: 10, fontWeight: 700 }}>{c.count > 0 ? String(c.count) : ""}</Text>
              </View>
            ))}
          </View>
        ))}
        <View style={{ flexDirection: "row", marginLeft: 14 }}>
          {block.impacts.map((impact) => (
            <Text key={impact} style={{ width: cell, fontSize: 7.5, color: muted, textAlign: "center" }}>{impact}</Text>
          ))}
        </View>
        <Text style={{ marginLeft: 14, width: cell * block.impacts.length, fontSize: 7, color: muted, textAlign: "center" }}>{block.axes.impact}</Text>
      </View>
      <Text style={{ marginLeft: 16, width: 200, fontSize: 7.5, color: muted }}>{block.legend}</Text>
    </View>
  );
}
