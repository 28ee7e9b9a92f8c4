import type { Rating } from "@/lib/scoring/config";

export function RatingBadge({ rating, label }: { rating: Rating | null; label?: string }) {
  return (
    <span className={`badge ${rating ?? "none"}`} data-testid="rating">
      {label ? `${label}: ` : ""}
      {rating ?? "Not rated"}
    </span>
  );
}
