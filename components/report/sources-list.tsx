import type { SourceUse } from "@/lib/report/sources";

export function SourcesList({ sources }: { sources: SourceUse[] }) {
  return (
    <ul>
      {sources.map(({ document, criteria }) => (
        <li key={document.doc} style={{ marginBottom: "0.5rem" }}>
          <strong>[{document.doc}]</strong> {document.author}
          {document.year ? ` (${document.year})` : ""}, <em>{document.title}</em>.
          <div className="small muted">
            Criteria: {criteria.map((c) => `${c.id} (${c.where})`).join(", ")}
          </div>
        </li>
      ))}
    </ul>
  );
}
