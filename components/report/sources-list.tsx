import type { SourcesBlock } from "@/lib/report/outline/blocks";

export function SourcesList({ block }: { block: SourcesBlock }) {
  return (
    <>
      {block.intro && <p className="muted">{block.intro}</p>}
      <ul>
        {block.sources.map((s) => (
          <li key={s.doc} style={{ marginBottom: "0.5rem" }}>
            <strong>{s.ref}</strong> {s.author}
            {s.year ? ` ${s.year}` : ""}, <em>{s.title}</em>.
            <div className="small muted">{s.criteria}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
