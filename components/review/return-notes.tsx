import type { ReviewNote } from "@/lib/domain/review-note";

type Note = ReviewNote;

/** The comments a version was returned with: shown while editing the next version and in the history. */
export function ReturnNotes({ notes, heading }: { notes: Note[]; heading: string }) {
  if (notes.length === 0) return null;
  return (
    <div className="notice" data-testid="return-notes">
      <strong>{heading}</strong>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            {n.criterionId && <span className="item-id">{n.criterionId} </span>}
            {n.body} <span className="muted small">— {n.authorName}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
