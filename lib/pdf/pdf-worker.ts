import { renderPdf } from "@/lib/pdf/documents/render-pdf";
import type { PdfRequest } from "./pdf-request";

/** Entry of the PDF worker threads (bundled by scripts/build-pdf-worker.mjs). */
export default async function renderPdfTask(request: PdfRequest): Promise<Uint8Array> {
  const buffer = await renderPdf(request);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
