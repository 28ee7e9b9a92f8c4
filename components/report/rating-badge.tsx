import type { Band } from "@/lib/report/outline/blocks";
import type { Rating } from "@/lib/scoring/config";

export function RatingBadge({ rating, label }: { rating: Rating | null; label?: string }) {
  return (
    <span className={`badge ${rating ?? "none"}`} data-testid="rating">
      {label ? `${label}: ` : ""}
      {rating ?? "Not rated"}
    </span>
  );
}

/** A report outline's band: coloured by its rating, worded by the outline. */
export function BandBadge({ band }: { band: Band }) {
  return (
    <span className={`badge ${band.rating ?? "none"}`} data-testid="rating">
      {band.label}
    </span>
  );
}
