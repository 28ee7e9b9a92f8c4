/** A download's file name: the project's name (any script) with what it holds and the date. */
export function exportFileName(projectName: string, what: string, extension: string, date: Date): string {
  const safe = (text: string, max: number) =>
    text
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, max);
  return `${safe(projectName, 80) || "project"}-${safe(what, 80)}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/** attachment, with an ASCII fallback name for old clients and the full UTF-8 name (RFC 6266, RFC 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.\s]+/, "");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || "export"}"; filename*=UTF-8''${encoded}`;
}

export const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
} as const;
export type DownloadFormat = keyof typeof contentTypes;

export function downloadResponse(body: BodyInit, format: DownloadFormat, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const notFoundResponse = () =>
  new Response("Not found: the project or assessment does not exist in your organisation, or the link is wrong.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

export const badRequestResponse = (message: string) => new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export type ExportQuery = { format: DownloadFormat; table: "answers" | "risks" | "indicators" | null };
const tableParam = ["answers", "risks", "indicators"] as const;

/**
 * ?format=csv&table=answers|risks|indicators (a CSV holds one table), ?format=xlsx (all three,
 * a sheet each), or ?format=json where the route offers it. Anything else is a 400 with this message.
 */
export function parseExportQuery(params: URLSearchParams, formats: readonly DownloadFormat[]): { ok: true; query: ExportQuery } | { ok: false; message: string } {
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
  return { ok: true, query: { format: format as DownloadFormat, table: null } };
}
