import { useLocale, useTranslations } from "next-intl";
import type { Band } from "@/lib/report/outline/blocks";
import type { CSSProperties } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { standingWords, type Standing } from "@/lib/report/standing";
import type { Rating } from "@/lib/scoring/config";

/**
 * For short words in narrow table cells ("符合", "已批准 · 第1版"): Chinese may break between any
 * two characters, which splits a two-character answer; this breaks only at spaces.
 */
export const keepWords: CSSProperties = { wordBreak: "keep-all" };

/**
 * A rating in the reader's language, coloured by its band. A draft's rating is `provisional`:
 * outlined and striped, with the word itself (never colour alone), and with `standing` its progress
 * beside it ("In progress, 5 of 21 answered").
 */
export function RatingBadge({
  rating,
  label,
  provisional = false,
  standing,
}: {
  rating: Rating | null;
  label?: string;
  provisional?: boolean;
  /** The assessment's own standing: its progress is shown beside a provisional badge. */
  standing?: Standing;
}) {
  const t = useTranslations("ratings");
  const locale = useLocale() as Locale;
  const isProvisional = standing ? standing.provisional : provisional;
  const words = standingWords(standing ?? { rating, provisional: isProvisional }, locale);
  const prefix = label ? `${label}: ` : "";
  if (!isProvisional || !rating) {
    return (
      <>
        <span className={`badge ${rating ?? "none"}`} data-testid="rating" data-rating={rating ?? undefined}>
          {prefix}
          {rating ? t(rating) : t("notRated")}
        </span>
        {isProvisional && standing && <ProgressNote text={words.progress} />}
      </>
    );
  }
  return (
    <>
      <span className={`badge ${rating} provisional`} data-testid="rating" data-rating={rating} data-provisional="true">
        {prefix}
        {words.badge}
      </span>
      {standing && <ProgressNote text={words.progress} />}
    </>
  );
}

function ProgressNote({ text }: { text: string | null }) {
  return text ? (
    <span className="small muted provisional-note" data-testid="provisional-progress">
      {" "}
      {text}
    </span>
  ) : null;
}

/** A report outline's band: coloured by its rating, worded by the outline (a provisional one drawn apart). */
export function BandBadge({ band }: { band: Band }) {
  return (
    <span
      className={`badge ${band.rating ?? "none"}${band.provisional ? " provisional" : ""}`}
      data-testid="rating"
      data-rating={band.rating ?? undefined}
      data-provisional={band.provisional ? "true" : undefined}
    >
      {band.label}
    </span>
  );
}
