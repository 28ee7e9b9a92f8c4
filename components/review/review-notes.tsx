import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ReviewNote } from "@/lib/domain/review-note";
import { RatingBadge } from "@/components/report/rating-badge";
import { formatDateTime } from "@/lib/i18n/format";

type Note = ReviewNote;

const itemLink = (id: string) => (chunks: ReactNode) => (
  <a className="item-id" href={`#item-${id}`}>
    {chunks}
  </a>
);

/** Review comments, item comments and third-party assessments, oldest first. */
export function ReviewNotes({ notes }: { notes: Note[] }) {
  const t = useTranslations("review.notes");
  const locale = useLocale();
  if (notes.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="review-notes">
      <h2 id="review-notes">{t("title")}</h2>
      <ul style={{ listStyle: "none", padding: 0 }} data-testid="review-notes">
        {notes.map((n) => (
          <li key={n.id} className="card">
            <div className="small muted">
              {t("byline", {
                kind: t(`kinds.${n.kind}`),
                author: n.authorName,
                role: t("authorRole", { role: n.authorRole }),
                date: formatDateTime(n.createdAt, locale),
              })}
              {/* The comment also sits beside its criterion in the report above: link there. */}
              {n.criterionId && t.rich("onItem", { id: n.criterionId, item: itemLink(n.criterionId) })}
            </div>
            {n.rating && (
              <p>
                {t("evaluatorRating")} <RatingBadge rating={n.rating} />
              </p>
            )}
            <p style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{n.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
