import { tableToCsv } from "./csv";
import { type ExportQuery } from "./export-query";
import { downloadFileName, downloadResponse } from "@/lib/http/download";
import { buildTables, type ProjectTablesInput } from "./tables";
import { tablesToXlsx } from "./xlsx";

/** The CSV (one table) or XLSX (all tables) download of the given projects' reports. */
export async function tablesResponse(inputs: readonly ProjectTablesInput[], query: ExportQuery, baseName: string, now = new Date()): Promise<Response> {
  const tables = buildTables(inputs);
  if (query.format === "csv") {
    const table = tables.find((t) => t.name === query.table)!;
    return downloadResponse(tableToCsv(table), "csv", downloadFileName(baseName, table.name, "csv", now));
  }
  const workbook = await tablesToXlsx(tables);
  return downloadResponse(new Uint8Array(workbook), "xlsx", downloadFileName(baseName, "answers-risks-indicators", "xlsx", now));
}
