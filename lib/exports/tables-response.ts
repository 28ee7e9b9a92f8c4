import { tableToCsv } from "./csv";
import { type ExportQuery } from "./export-query";
import { downloadNames } from "./file-names";
import { downloadResponse } from "@/lib/http/download";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/message-ref";
import { buildTables, type ProjectTablesInput } from "./tables";
import { tablesToXlsx } from "./xlsx";

/**
 * The CSV (one table) or XLSX (all tables) download of the given projects' reports, in the
 * reader's language. `baseName` names the file: a project's name, or words (the portfolio's).
 */
export async function tablesResponse(
  inputs: readonly ProjectTablesInput[],
  query: ExportQuery,
  baseName: string | ((t: Translate) => string),
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<Response> {
  const base = (t: Translate) => (typeof baseName === "string" ? baseName : baseName(t));
  const tables = buildTables(inputs, locale);
  if (query.format === "csv") {
    const table = tables.find((t) => t.name === query.table)!;
    const names = downloadNames(locale, "csv", now, (t) => ({ base: base(t), what: t(`exports.fileNames.${table.name}`) }));
    return downloadResponse(tableToCsv(table), "csv", names.name, names.fallback);
  }
  const workbook = await tablesToXlsx(tables);
  const names = downloadNames(locale, "xlsx", now, (t) => ({ base: base(t), what: t("exports.fileNames.workbook") }));
  return downloadResponse(new Uint8Array(workbook), "xlsx", names.name, names.fallback);
}
