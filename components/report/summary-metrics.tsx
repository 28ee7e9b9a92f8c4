import type { SummaryBlock } from "@/lib/report/outline/blocks";
import { BandBadge } from "./rating-badge";

/** The figures a reader looks for first, as boxes side by side (stacked on a phone). */
export function SummaryMetrics({ block }: { block: SummaryBlock }) {
  return (
    <>
      {block.notice && <p className="notice">{block.notice}</p>}
      <section className="report-summary report-section" aria-label={block.title} data-block={block.kind}>
        {block.metrics.map((m) => (
          <div key={m.key} className="metric">
            <div className="label">{m.label}</div>
            {m.value.show === "band" && <div className="value"><BandBadge band={m.value.band} /></div>}
            {m.value.show === "figure" && <div className="value" data-testid={m.key === "score" ? "score" : undefined}>{m.value.text}</div>}
            {m.value.show === "text" && <div className="small">{m.value.text}</div>}
            {m.notes.map((note) => (
              <div key={note} className="small muted">{note}</div>
            ))}
          </div>
        ))}
      </section>
    </>
  );
}
