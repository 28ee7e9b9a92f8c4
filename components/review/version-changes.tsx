import type { ReviewNote } from "@/lib/domain/review-note";
import type { VersionChange } from "@/lib/report/version-diff";
import { ReturnNotes } from "./return-notes";

type Note = ReviewNote;

/** One step of the history: why the earlier version was returned, and what was changed since. */
export function VersionChanges({ title, changes, returnNotes }: { title: string; changes: VersionChange[]; returnNotes: Note[] }) {
  return (
    <section className="card report-section">
      <h2 style={{ marginTop: 0 }}>{title}</h2>
      <ReturnNotes notes={returnNotes} heading="Returned with these comments:" />
      {changes.length === 0 ? (
        <p className="muted">No answers changed.</p>
      ) : (
        <table data-testid="version-changes">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={i}>
                <td>
                  <span className="item-id">{c.criterionId}</span> {c.prompt}
                </td>
                <td>{c.field}</td>
                <td>{c.before}</td>
                <td>{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
