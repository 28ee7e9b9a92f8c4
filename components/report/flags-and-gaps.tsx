import type { GapsBlock, RedFlagsBlock } from "@/lib/report/outline/blocks";

export function RedFlags({ block }: { block: RedFlagsBlock }) {
  if (block.flags.length === 0) return <p className="muted">{block.empty}</p>;
  return (
    <ul data-testid="red-flags">
      {block.flags.map((f, i) => (
        <li key={i} className="red-flag">
          {f.criterionId && <span className="item-id">{f.criterionId} </span>}
          {f.text}
          {f.from && <span className="muted">{f.from}</span>}
        </li>
      ))}
    </ul>
  );
}

export function InformationGaps({ block }: { block: GapsBlock }) {
  if (block.gaps.length === 0) return <p className="muted">{block.empty}</p>;
  return (
    <ul data-testid="gaps">
      {block.gaps.map((g) => (
        <li key={g.criterionId}>
          <span className="item-id">{g.criterionId}</span> {g.prompt} <span className="muted">— {g.reason}</span>
        </li>
      ))}
    </ul>
  );
}
