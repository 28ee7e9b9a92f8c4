import { G, Line, Rect, Svg, Text, Text as RnText, View } from "@react-pdf/renderer";
import type { ScoreChartBlock } from "@/lib/report/outline/blocks";
import { barChartLayout } from "@/lib/report/chart/bar-layout";
import { pdfFontFamily } from "@/lib/pdf/fonts";

const width = 507;
const labelWidth = 170;
const valueWidth = 50;
const rowHeight = 20;

// A Chinese character is about twice as wide as a Latin letter: the label is cut by width, not length.
const wide = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
export function fitLabel(label: string, room = 40): string {
  let used = 0;
  const chars = Array.from(label);
  for (let i = 0; i < chars.length; i++) {
    used += wide.test(chars[i]!) ? 2 : 1;
    if (used > room) return `${chars.slice(0, Math.max(0, i - 1)).join("").trimEnd()}…`;
  }
  return label;
}

/** Horizontal bars on a fixed scale, one per section: the page's layout (barChartLayout) at the PDF's width. */
export function PdfBarChart({ block }: { block: ScoreChartBlock }) {
  const { bars, ticks } = barChartLayout(block);
  const plot = width - labelWidth - valueWidth;
  const height = bars.length * rowHeight + 16;
  return (
    <View wrap={false}>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {ticks.map(({ value: t, fraction }) => {
        const x = labelWidth + fraction * plot;
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
        const barWidth = bar.fraction * plot;
        return (
          <G key={bar.label}>
            <Text x={labelWidth - 6} y={y + 10} style={{ fontSize: 7.5, fontFamily: pdfFontFamily }} fill="#1b2330" textAnchor="end">
              {fitLabel(bar.label)}
            </Text>
            <Rect x={labelWidth} y={y} width={barWidth} height={13} fill={bar.colour} />
            <Text x={labelWidth + barWidth + 4} y={y + 10} style={{ fontSize: 7.5, fontFamily: pdfFontFamily }} fill="#1b2330">
              {bar.valueLabel}
            </Text>
          </G>
        );
      })}
      </Svg>
      <RnText style={{ fontSize: 7, color: "#5b6472", marginTop: 2 }}>{block.caption}</RnText>
    </View>
  );
}
