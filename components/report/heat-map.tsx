import type { HeatMapBlock } from "@/lib/report/outline/blocks";
import { ratingFills as fills, unratedColour } from "@/lib/report/rating-colours";

/** The 5×5 likelihood × impact matrix; each cell shows how many open risks sit in it. */
export function HeatMap({ block }: { block: HeatMapBlock }) {
  const span = block.impacts.length;
  return (
    <>
      <table className="heat-map" aria-label={block.description}>
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={row.likelihood}>
              {i === 0 && (
                <th rowSpan={block.rows.length} className="axis" scope="rowgroup" style={block.axes.upright ? { writingMode: "vertical-rl" } : { writingMode: "vertical-rl", transform: "rotate(180deg)" }}>
                  {block.axes.likelihood}
                </th>
              )}
              <th scope="row" className="axis">{row.likelihood}</th>
              {row.cells.map((cell) => (
                <td
                  key={cell.impact}
                  style={{ background: cell.band.rating ? fills[cell.band.rating] : unratedColour }}
                  title={cell.detail}
                  aria-label={cell.label}
                >
                  {cell.count > 0 ? cell.count : ""}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <td colSpan={2} />
            {block.impacts.map((impact) => (
              <th key={impact} scope="col" className="axis">{impact}</th>
            ))}
          </tr>
          <tr>
            <td colSpan={2} />
            <th colSpan={span} className="axis">{block.axes.impact}</th>
          </tr>
        </tbody>
      </table>
      <p className="muted small">{block.legend}</p>
    </>
  );
}
