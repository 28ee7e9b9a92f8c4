/**
 * Spreadsheet formula injection: a text cell starting with = + - @ (or a tab or carriage return,
 * or their full-width forms, which some spreadsheets normalise) may be run as a formula when
 * the file is opened. Such text gets a leading apostrophe, which spreadsheets show as text.
 * Numbers are left alone: -5 is a number, not a formula.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === "string" && formulaStart.test(value) ? `'${value}` : value;
}
