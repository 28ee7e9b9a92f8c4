import type { DownloadFormat } from "@/lib/http/download";
import { msg, msgJoin } from "@/lib/i18n/message-ref";

/** What an export route can answer with (PDFs have their own routes). */
export type ExportFormat = Exclude<DownloadFormat, "pdf">;

export type ExportQuery = { format: ExportFormat; table: "answers" | "risks" | "indicators" | null };
const tableParam = ["answers", "risks", "indicators"] as const;

/**
 * ?format=csv&table=answers|risks|indicators (a CSV holds one table), ?format=xlsx (all three,
 * a sheet each), or ?format=json where the route offers it. Anything else is a 400 with this
 * message, a reference the route reads in the reader's language.
 */
export function parseExportQuery(params: URLSearchParams, formats: readonly ExportFormat[]): { ok: true; query: ExportQuery } | { ok: false; message: string } {
  const format = params.get("format") ?? "";
  const table = params.get("table");
  if (!(formats as readonly string[]).includes(format)) {
    const choices = msgJoin("exports.query.or", formats.map((f) => `format=${f}`));
    return { ok: false, message: msg("exports.query.chooseFormat", { choices, list: formats.join(", ") }) };
  }
  if (format === "csv") {
    if (!(tableParam as readonly string[]).includes(table ?? "")) return { ok: false, message: msg("exports.query.csvNeedsTable") };
    return { ok: true, query: { format, table: table as ExportQuery["table"] } };
  }
  if (table !== null) return { ok: false, message: msg("exports.query.tableOnlyForCsv", { format: format.toUpperCase() }) };
  return { ok: true, query: { format: format as ExportFormat, table: null } };
}
