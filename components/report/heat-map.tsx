import { ratingFills as fills } from "@/lib/report/rating-colours";
import { bandFor, riskBands } from "@/lib/scoring/config";

/** The 5×5 likelihood × impact matrix; each cell shows how many open risks sit in it. */
export function HeatMap({ heatMap }: { heatMap: number[][] }) {
  const levels = [5, 4, 3, 2, 1];
  return (
    <table className="heat-map" aria-label="Heat map of open risks: likelihood by impact">
      <tbody>
        {levels.map((likelihood) => (
          <tr key={likelihood}>
            {likelihood === 5 && (
              <th rowSpan={5} className="axis" scope="rowgroup" style={{ writingMode: "vertical-rl", transform: "rotate(180deg)" }}>
                Likelihood
              </th>
            )}
            <th scope="row" className="axis">{likelihood}</th>
            {[1, 2, 3, 4, 5].map((impact) => {
              const count = heatMap[likelihood - 1]?.[impact - 1] ?? 0;
              const rating = bandFor(likelihood * impact, riskBands);
              return (
                <td
                  key={impact}
                  style={{ background: fills[rating] }}
                  title={`Likelihood ${likelihood} × impact ${impact} = ${likelihood * impact} (${rating}): ${count} open risk(s)`}
                  aria-label={`Likelihood ${likelihood}, impact ${impact}: ${count} open risk(s)`}
                >
                  {count > 0 ? count : ""}
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <td colSpan={2} />
          {[1, 2, 3, 4, 5].map((impact) => (
            <th key={impact} scope="col" className="axis">{impact}</th>
          ))}
        </tr>
        <tr>
          <td colSpan={2} />
          <th colSpan={5} className="axis">Impact</th>
        </tr>
      </tbody>
    </table>
  );
}
