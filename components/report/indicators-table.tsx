import type { IndicatorsBlock } from "@/lib/report/outline/blocks";

export function IndicatorsTable({ block }: { block: IndicatorsBlock }) {
  if (block.rows.length === 0) return <p className="muted">{block.empty}</p>;
  const c = block.columns;
  return (
    <table>
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
            <td>{i.name}</td>
            <td>{i.target}</td>
            <td>{i.actual}</td>
            <td>{i.reached}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
