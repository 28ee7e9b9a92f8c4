import { useTranslations } from "next-intl";
import type { ReviewNote } from "@/lib/domain/review-note";

/** What a comment beside its item needs: plain data, so a client form can take it as a prop. */
export type ItemComment = Pick<ReviewNote, "id" | "kind" | "body" | "authorName">;

/** Group a version's notes by the item they are on; notes on the whole assessment are left out. */
export function commentsByItem(notes: ReadonlyArray<ReviewNote>): Record<string, ItemComment[]> {
  const byItem: Record<string, ItemComment[]> = {};
  for (const n of notes) {
    if (!n.criterionId) continue;
    (byItem[n.criterionId] ??= []).push({ id: n.id, kind: n.kind, body: n.body, authorName: n.authorName });
  }
  return byItem;
}

/**
 * A reviewer's comments on one item, shown beside it (the section form, the report's criteria).
 * Nothing at all, not even a translation lookup, for an item without comments: report blocks
 * render without a messages provider in the renderer tests and the PDF.
 */
export function ItemComments({ comments }: { comments: ReadonlyArray<ItemComment> | undefined }) {
  return comments?.length ? <CommentList comments={comments} /> : null;
}

function CommentList({ comments }: { comments: ReadonlyArray<ItemComment> }) {
  const t = useTranslations("itemComments");
  const tKinds = useTranslations("review.notes.kinds");
  return (
    <aside className="item-comments" data-testid="item-comments" aria-label={t("heading", { count: comments.length })}>
      <strong className="small">{t("heading", { count: comments.length })}</strong>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <span style={{ whiteSpace: "pre-wrap" }}>{c.body}</span>{" "}
            <span className="muted small">— {t("byline", { author: c.authorName, kind: tKinds(c.kind) })}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
