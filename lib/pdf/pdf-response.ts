import { downloadResponse } from "@/lib/http/download";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";
import { PdfBusyError, renderPdfOffThread } from "./pdf-pool";
import type { PdfRequest } from "./pdf-request";

const plainText = { "Content-Type": "text/plain; charset=utf-8" };

/**
 * The download response of a route handler: the PDF, or a short message the browser shows as it
 * comes, in the reader's language (`readerLocale`), which may differ from the PDF's.
 */
export async function pdfDownloadResponse(request: PdfRequest, fileName: string, readerLocale: Locale = defaultLocale): Promise<Response> {
  const t = translatorFor(readerLocale);
  try {
    const pdf = await renderPdfOffThread(request);
    return downloadResponse(pdf as Uint8Array<ArrayBuffer>, "pdf", fileName);
  } catch (error) {
    if (error instanceof PdfBusyError) {
      return new Response(translateRef(t, error.ref), { status: 503, headers: { ...plainText, "Retry-After": "30" } });
    }
    console.error("PDF rendering failed", error);
    return new Response(t("pdf.serverFailed"), { status: 500, headers: plainText });
  }
}
