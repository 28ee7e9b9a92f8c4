import { Text, View } from "@react-pdf/renderer";
import type { Cover as CoverContent } from "@/lib/report/outline/cover";
import { BandChip } from "./band-chip";
import { ReportPage, type PageFrame } from "./report-page";
import { muted, rule } from "./styles";

/** First page: who, what, where, and the rating a board member looks for first. */
export function Cover({ frame, cover }: { frame: PageFrame; cover: CoverContent }) {
  return (
    <ReportPage frame={frame} header={false}>
      <View style={{ marginTop: 110 }}>
        <Text style={{ fontSize: 10, color: muted, letterSpacing: 1 }}>{frame.organizationName.toUpperCase()}</Text>
        <Text style={{ fontSize: 11, color: muted, marginTop: 18 }}>{cover.kindLabel}</Text>
        <Text style={{ fontSize: 26, fontWeight: 700, marginTop: 4 }}>{cover.heading}</Text>
        <View style={{ flexDirection: "row", alignItems: "center", gap: 10, marginTop: 26 }}>
          <Text style={{ fontSize: 11 }}>{cover.ratingLabel}</Text>
          <BandChip band={cover.band} size={14} />
        </View>
        <View style={{ marginTop: 34, borderTopWidth: 0.75, borderTopColor: rule }}>
          {cover.facts.map((f) => (
            <View key={f.label} style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: rule, paddingVertical: 5 }}>
              <Text style={{ width: 150, color: muted }}>{f.label}</Text>
              <Text style={{ flex: 1 }}>{f.value}</Text>
            </View>
          ))}
        </View>
      </View>
    </ReportPage>
  );
}
