import { G, Line, Rect, Svg, Text, Text as RnText, View } from "@react-pdf/renderer";
import type { ChartBar } from "@/lib/report/assessment-report";
import { ratingColours, unratedColour } from "@/lib/report/rating-colours";
import { pdfFontFamily } from "@/lib/pdf/fonts";

const width = 507;
const labelWidth = 170;
const valueWidth = 50;
const rowHeight = 20;

/** Horizontal bars on a fixed scale, one per section, in the same colours as the HTML chart. */
export function PdfBarChart({ bars, max, unit }: { bars: ChartBar[]; max: number; unit: string }) {
  const plot = width - labelWidth - valueWidth;
  const height = bars.length * rowHeight + 16;
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => Math.round(f * max));
  return (
    <View wrap={false}>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {ticks.map((t) => {
        const x = labelWidth + (t / max) * plot;
        return (
          <G key={t}>
            <Line x1={x} y1={0} x2={x} y2={height - 14} stroke="#d5d9e0" strokeWidth={0.5} strokeDasharray="2 2" />
            <Text x={x} y={height - 4} style={{ fontSize: 6.5, fontFamily: pdfFontFamily }} fill="#5b6472" textAnchor="middle">
              {String(t)}
            </Text>
          </G>
        );
      })}
      {bars.map((bar, i) => {
        const y = i * rowHeight + 3;
        const barWidth = bar.value === null ? 0 : Math.max(1, (bar.value / max) * plot);
        return (
          <G key={bar.label}>
            <Text x={labelWidth - 6} y={y + 10} style={{ fontSize: 7.5, fontFamily: pdfFontFamily }} fill="#1b2330" textAnchor="end">
              {bar.label.length > 40 ? `${bar.label.slice(0, 39)}…` : bar.label}
            </Text>
            <Rect x={labelWidth} y={y} width={barWidth} height={13} fill={bar.rating ? ratingColours[bar.rating] : unratedColour} />
            <Text x={labelWidth + barWidth + 4} y={y + 10} style={{ fontSize: 7.5, fontFamily: pdfFontFamily }} fill="#1b2330">
              {bar.value === null ? "not rated" : `${bar.value.toFixed(1)}${bar.rating ? ` ${bar.rating}` : ""}`}
            </Text>
          </G>
        );
      })}
      </Svg>
      <RnText style={{ fontSize: 7, color: "#5b6472", marginTop: 2 }}>Scale: {unit}. Longer bars mean more risk.</RnText>
    </View>
  );
}
