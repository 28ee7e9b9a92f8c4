/**
 * An assessment's indicators as rows, in their order. Amounts are numeric(14, 2): written as
 * fixed two-decimal text so that a save and an import store the same value the same way.
 */
export function indicatorRows(
  organizationId: string,
  assessmentId: string,
  list: ReadonlyArray<{ name: string; unit: string; target: number | null; actual: number | null }>,
) {
  return list.map((i, position) => ({
    organizationId,
    assessmentId,
    position,
    name: i.name,
    unit: i.unit,
    target: i.target === null ? null : i.target.toFixed(2),
    actual: i.actual === null ? null : i.actual.toFixed(2),
  }));
}
