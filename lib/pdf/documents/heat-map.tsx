import { Text, View } from "@react-pdf/renderer";
import { ratingFills } from "@/lib/report/rating-colours";
import { bandFor, riskBands } from "@/lib/scoring/config";
import { muted } from "./styles";

const cell = 30;
const levels = [5, 4, 3, 2, 1];

/** The 5×5 likelihood × impact matrix; each cell shows how many open risks sit in it. */
export function PdfHeatMap({ heatMap }: { heatMap: number[][] }) {
  return (
    <View wrap={false} style={{ flexDirection: "row", alignItems: "center", marginVertical: 4 }}>
      <Text style={{ width: 14, fontSize: 7, color: muted, transform: "rotate(-90deg)" }}>Likelihood</Text>
      <View>
        {levels.map((likelihood) => (
          <View key={likelihood} style={{ flexDirection: "row" }}>
            <Text style={{ width: 14, height: cell, paddingTop: 10, fontSize: 7.5, color: muted, textAlign: "center" }}>{likelihood}</Text>
            {[1, 2, 3, 4, 5].map((impact) => {
              const count = heatMap[likelihood - 1]?.[impact - 1] ?? 0;
              return (
                <View
                  key={impact}
                  style={{
                    width: cell,
                    height: cell,
                    backgroundColor: ratingFills[bandFor(likelihood * impact, riskBands)],
                    borderWidth: 0.5,
                    borderColor: "#ffffff",
                    alignItems: "center",
                    justifyContent: "center",
                  }}
                >
                  <Text style={{ fontSize: 10, fontWeight: 700 }}>{count > 0 ? String(count) : ""}</Text>
                </View>
              );
            })}
          </View>
        ))}
        <View style={{ flexDirection: "row", marginLeft: 14 }}>
          {[1, 2, 3, 4, 5].map((impact) => (
            <Text key={impact} style={{ width: cell, fontSize: 7.5, color: muted, textAlign: "center" }}>{impact}</Text>
          ))}
        </View>
        <Text style={{ marginLeft: 14, width: cell * 5, fontSize: 7, color: muted, textAlign: "center" }}>Impact</Text>
      </View>
      <Text style={{ marginLeft: 16, width: 200, fontSize: 7.5, color: muted }}>
        Each cell counts the open risks rated at that likelihood and impact. Cells are shaded by the band of
        likelihood × impact: green Low, yellow Moderate, orange Significant, red High.
      </Text>
    </View>
  );
}
