import { useTranslations } from "next-intl";
import type { Band } from "@/lib/report/outline/blocks";
import type { CSSProperties } from "react";
import type { Rating } from "@/lib/scoring/config";

/**
 * For short words in narrow table cells ("符合", "已批准 · 第1版"): Chinese may break between any
 * two characters, which splits a two-character answer; this breaks only at spaces.
 */
export const keepWords: CSSProperties = { wordBreak: "keep-all" };

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
