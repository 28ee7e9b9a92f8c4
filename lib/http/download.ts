import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * Characters that change how a name looks without being seen: bidirectional controls (U+202E
 * shows "invoice\u202Egnp.exe" as "invoiceexe.png"), marks and isolates, zero-width characters
 * and the byte order mark. A project's name may hold them; a download's name never does.
 */
const invisibleFormatting = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** C0 and C1 control characters, DEL, and what file systems refuse. */
const refusedInNames = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]+/g;

/** A name without invisible formatting and controls (each control becomes a space). */
export function visibleFileName(text: string): string {
  return text.replace(invisibleFormatting, "").replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

/** A download's file name: the project's name (any script) with what it holds and the date. */
export function downloadFileName(projectName: string, what: string, extension: string, date: Date): string {
  const safe = (text: string, max: number) =>
    text
      .replace(invisibleFormatting, "")
      .replace(refusedInNames, " ")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, max);
  return `${safe(projectName, 80) || "project"}-${safe(what, 80)}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * attachment, with an ASCII fallback name for old clients and the full UTF-8 name (RFC 6266, RFC
 * 5987). A name in Chinese words gives the fallback from its English twin, which keeps its words.
 */
export function contentDisposition(name: string, fallback = name): string {
  // Again here: a route may pass a name it built itself.
  const fileName = visibleFileName(name).trim();
  const ascii = visibleFileName(fallback)
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\%;]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.\s]+/, "");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || "export"}"; filename*=UTF-8''${encoded}`;
}

/** The 404 of the download routes, in the reader's language (English when the route does not say). */
export const notFoundResponse = (locale: Locale = defaultLocale) =>
  new Response(translatorFor(locale)("exports.notFound"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/** The 403 of a download the reader's role may not have (the audit log's CSV), in their language. */
export const forbiddenResponse = (locale: Locale = defaultLocale) =>
  new Response(translatorFor(locale)("errors.forbidden"), { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export const badRequestResponse = (message: string) => new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
  zip: "application/zip",
} as const;
export type DownloadFormat = keyof typeof contentTypes;

export function downloadResponse(body: BodyInit, format: DownloadFormat, fileName: string, fallbackName?: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": contentDisposition(fileName, fallbackName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
