import { Text, View } from "@react-pdf/renderer";
import type { Rating } from "@/lib/scoring/config";
import { RatingChip } from "./rating-chip";
import { ReportPage, type PageFrame } from "./report-page";
import { muted, rule } from "./styles";

export type CoverFact = { label: string; value: string };

/** First page: who, what, where, and the rating a board member looks for first. */
export function Cover({ frame, kindLabel, heading, rating, ratingLabel, facts }: {
  frame: PageFrame;
  kindLabel: string;
  heading: string;
  rating: Rating | null;
  ratingLabel: string;
  facts: CoverFact[];
}) {
  return (
    <ReportPage frame={frame} header={false}>
      <View style={{ marginTop: 110 }}>
        <Text style={{ fontSize: 10, color: muted, letterSpacing: 1 }}>{frame.organizationName.toUpperCase()}</Text>
        <Text style={{ fontSize: 11, color: muted, marginTop: 18 }}>{kindLabel}</Text>
        <Text style={{ fontSize: 26, fontWeight: 700, marginTop: 4 }}>{heading}</Text>
        <View style={{ flexDirection: "row", alignItems: "center", gap: 10, marginTop: 26 }}>
          <Text style={{ fontSize: 11 }}>{ratingLabel}</Text>
          <RatingChip rating={rating} size={14} />
        </View>
        <View style={{ marginTop: 34, borderTopWidth: 0.75, borderTopColor: rule }}>
          {facts.map((f) => (
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
