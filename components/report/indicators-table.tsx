import type { IndicatorsBlock } from "@/lib/report/outline/blocks";

export function IndicatorsTable({ block }: { block: IndicatorsBlock }) {
  if (block.rows.length === 0) return <p className="muted">{block.empty}</p>;
  const c = block.columns;
  return (
    <table className="stack-table">
      <thead>
        <tr>
          <th scope="col">{c.indicator}</th>
          <th scope="col">{c.target}</th>
          <th scope="col">{c.actual}</th>
          <th scope="col">{c.reached}</th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map((i, n) => (
          <tr key={n}>
            <td className="stack-title">{i.name}</td>
            <td data-label={c.target}>{i.target}</td>
            <td data-label={c.actual}>{i.actual}</td>
            <td data-label={c.reached}>{i.reached}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
