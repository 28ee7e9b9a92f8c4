import type { ReviewNote } from "@/lib/domain/review-note";

type Note = ReviewNote;

/**
 * The comments a version was returned with: shown while editing the next version and in the history.
 * With `linkItems` (the section form, where each item's comments also sit beside it) an item's id
 * links to that item, so the banner is a summary to jump from.
 */
export function ReturnNotes({ notes, heading, linkItems = false }: { notes: Note[]; heading: string; linkItems?: boolean }) {
  if (notes.length === 0) return null;
  return (
    <div className="notice" data-testid="return-notes">
      <strong>{heading}</strong>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            {n.criterionId &&
              (linkItems ? (
                <a className="item-id" href={`#item-${n.criterionId}`}>
                  {n.criterionId}{" "}
                </a>
              ) : (
                <span className="item-id">{n.criterionId} </span>
              ))}
            {n.body} <span className="muted small">— {n.authorName}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
