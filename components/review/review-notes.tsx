import type { ReviewNote } from "@/lib/domain/review-note";
import { RatingBadge } from "@/components/report/rating-badge";

type Note = ReviewNote;

const kindLabel = { return: "Returned", comment: "Comment", third_party: "Third-party assessment" };

/** Review comments, item comments and third-party assessments, oldest first. */
export function ReviewNotes({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="review-notes">
      <h2 id="review-notes">Review and comments</h2>
      <ul style={{ listStyle: "none", padding: 0 }} data-testid="review-notes">
        {notes.map((n) => (
          <li key={n.id} className="card">
            <div className="small muted">
              {kindLabel[n.kind]} · {n.authorName} ({n.authorRole}) · {n.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              {n.criterionId && (
                <>
                  {" "}
                  · on <span className="item-id">{n.criterionId}</span>
                </>
              )}
            </div>
            {n.rating && (
              <p>
                Evaluator&apos;s rating: <RatingBadge rating={n.rating} />
              </p>
            )}
            <p style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{n.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
