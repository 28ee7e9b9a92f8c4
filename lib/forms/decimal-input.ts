/** The largest amount a numeric(14, 2) column holds: budgets, targets and actuals. */
export const MAX_AMOUNT = 999_999_999_999.99;

/**
 * Reads a number typed into a text box: blank is "no value" (null), plain decimals are numbers,
 * anything else ("12,5", "0x10", "1e3") is NaN so the schema rejects it with its message.
 */
export function decimalInput(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
