import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "./safe-cell";
import type { Table } from "./tables";

/**
 * One table as CSV: a UTF-8 byte order mark (so Excel reads Chinese, Lao or Arabic text
 * correctly), a header row, CRLF line ends, and text cells that cannot run as formulas.
 */
export function tableToCsv(table: Pick<Table, "columns" | "rows"> & Partial<Pick<Table, "name" | "title">>): string {
  const rows = table.rows.map((row) => row.map((cell) => (cell === null ? "" : neutraliseFormula(cell))));
  return stringify([table.columns.map((c) => c.header), ...rows], { bom: true, record_delimiter: "windows", escape_formulas: true });
}
