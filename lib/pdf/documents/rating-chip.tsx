import { Text, View } from "@react-pdf/renderer";
import { ratingColours, unratedColour } from "@/lib/report/rating-colours";
import type { Rating } from "@/lib/scoring/config";

/** The rating in words on its band's colour; the word carries the meaning when printed in grey. */
export function RatingChip({ rating, size = 8 }: { rating: Rating | null; size?: number }) {
  return (
    <View style={{ alignSelf: "flex-start", borderRadius: 2, paddingHorizontal: 4, paddingTop: 1.5, paddingBottom: 0.5, backgroundColor: rating ? ratingColours[rating] : unratedColour }}>
      <Text style={{ color: rating === "Moderate" || rating === null ? "#1b2330" : "#ffffff", fontWeight: 700, fontSize: size, lineHeight: 1.25 }}>
        {rating ?? "Not rated"}
      </Text>
    </View>
  );
}
