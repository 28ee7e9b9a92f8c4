import { downloadResponse } from "@/lib/http/download";
import { PdfBusyError, renderPdfOffThread } from "./pdf-pool";
import type { PdfRequest } from "./pdf-request";

/** The download response of a route handler: the PDF, or a short message the browser shows. */
export async function pdfDownloadResponse(request: PdfRequest, fileName: string): Promise<Response> {
  try {
    const pdf = await renderPdfOffThread(request);
    return downloadResponse(pdf as Uint8Array<ArrayBuffer>, "pdf", fileName);
  } catch (error) {
    if (error instanceof PdfBusyError) return new Response(error.message, { status: 503, headers: { "Retry-After": "30" } });
    console.error("PDF rendering failed", error);
    return new Response("The PDF could not be prepared. Please try again; if it keeps failing, tell your administrator.", {
      status: 500,
    });
  }
}
