import writeExcelFile, { type SheetData } from "write-excel-file/node";
import { neutraliseFormula } from "./safe-cell";
import type { Table } from "./tables";

/**
 * The tables as one workbook, a sheet each: bold, frozen header row and set column widths.
 * Text is always written as a text cell (never a formula) and is neutralised like the CSV,
 * so a copied cell stays harmless too.
 */
export async function tablesToXlsx(tables: readonly Table[]): Promise<Buffer> {
  const sheets = tables.map((table) => {
    const header = table.columns.map((c) => ({ value: c.header, fontWeight: "bold" as const, wrap: true }));
    const rows = table.rows.map((row) =>
      row.map((cell, i) => {
        if (cell === null) return null;
        if (typeof cell === "number") return { value: cell, type: Number };
        return { value: String(neutraliseFormula(cell)), type: String, wrap: table.columns[i]!.width >= 40 };
      }),
    );
    return {
      data: [header, ...rows] as SheetData,
      sheet: table.title,
      columns: table.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    };
  });
  return writeExcelFile(sheets).toBuffer();
}
