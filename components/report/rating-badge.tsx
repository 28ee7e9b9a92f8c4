import { useTranslations } from "next-intl";
import type { Band } from "@/lib/report/outline/blocks";
import type { Rating } from "@/lib/scoring/config";

/** A rating in the reader's language, coloured by its band. */
export function RatingBadge({ rating, label }: { rating: Rating | null; label?: string }) {
  const t = useTranslations("ratings");
  return (
    <span className={`badge ${rating ?? "none"}`} data-testid="rating">
      {label ? `${label}: ` : ""}
      {rating ? t(rating) : t("notRated")}
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
