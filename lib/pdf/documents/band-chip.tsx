import { Text, View } from "@react-pdf/renderer";
import type { Band } from "@/lib/report/outline/blocks";
import { ratingColours, unratedColour } from "@/lib/report/rating-colours";

/** The band in words on its colour; the word carries the meaning when printed in grey. */
export function BandChip({ band, size = 8 }: { band: Band; size?: number }) {
  const { rating } = band;
  return (
    <View style={{ alignSelf: "flex-start", borderRadius: 2, paddingHorizontal: 4, paddingTop: 1.5, paddingBottom: 0.5, backgroundColor: rating ? ratingColours[rating] : unratedColour }}>
      <Text style={{ color: rating === "Moderate" || rating === null ? "#1b2330" : "#ffffff", fontWeight: 700, fontSize: size, lineHeight: 1.25 }}>
        {band.label}
      </Text>
    </View>
  );
}
