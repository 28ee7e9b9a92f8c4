import type { RedFlag } from "@/lib/scoring/rate-project";

export function RedFlags({ flags, showPart = false }: { flags: RedFlag[]; showPart?: boolean }) {
  if (flags.length === 0) return <p className="muted">No red flags: no critical item is not met or unknown.</p>;
  return (
    <ul data-testid="red-flags">
      {flags.map((f, i) => (
        <li key={i} className="red-flag">
          {f.criterionId && <span className="item-id">{f.criterionId} </span>}
          {f.text}
          {showPart && <span className="muted"> ({f.part})</span>}
        </li>
      ))}
    </ul>
  );
}

export function InformationGaps({ gaps }: { gaps: Array<{ criterionId: string; prompt: string; reason: string }> }) {
  if (gaps.length === 0) return <p className="muted">No information gaps.</p>;
  return (
    <ul data-testid="gaps">
      {gaps.map((g) => (
        <li key={g.criterionId}>
          <span className="item-id">{g.criterionId}</span> {g.prompt} <span className="muted">— {g.reason}</span>
        </li>
      ))}
    </ul>
  );
}
