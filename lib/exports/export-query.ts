import type { DownloadFormat } from "@/lib/http/download";

/** What an export route can answer with (PDFs have their own routes). */
export type ExportFormat = Exclude<DownloadFormat, "pdf">;

export type ExportQuery = { format: ExportFormat; table: "answers" | "risks" | "indicators" | null };
const tableParam = ["answers", "risks", "indicators"] as const;

/**
 * ?format=csv&table=answers|risks|indicators (a CSV holds one table), ?format=xlsx (all three,
 * a sheet each), or ?format=json where the route offers it. Anything else is a 400 with this message.
 */
export function parseExportQuery(params: URLSearchParams, formats: readonly ExportFormat[]): { ok: true; query: ExportQuery } | { ok: false; message: string } {
  const format = params.get("format") ?? "";
  const table = params.get("table");
  const list = formats.join(", ");
  if (!(formats as readonly string[]).includes(format)) return { ok: false, message: `Choose a format: format=${formats.join(" or format=")} (${list}).` };
  if (format === "csv") {
    if (!(tableParam as readonly string[]).includes(table ?? "")) {
      return { ok: false, message: "A CSV file holds one table: add table=answers, table=risks or table=indicators." };
    }
    return { ok: true, query: { format, table: table as ExportQuery["table"] } };
  }
  if (table !== null) return { ok: false, message: `table= is only for CSV: a ${format.toUpperCase()} export holds everything.` };
  return { ok: true, query: { format: format as ExportFormat, table: null } };
}
