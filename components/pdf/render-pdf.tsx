import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "@/lib/pdf/fonts";
import type { PdfRequest } from "@/lib/pdf/pdf-request";
import { AssessmentDocument } from "./assessment-document";
import { ProjectDocument } from "./project-document";

/** Renders on the calling thread: use it from the PDF worker and from tests, not from a request. */
export async function renderPdf(request: PdfRequest): Promise<Buffer> {
  registerPdfFonts();
  const { organizationName, generatedAt } = request;
  const document =
    request.kind === "assessment" ? (
      <AssessmentDocument report={request.report} organizationName={organizationName} generatedAt={generatedAt} />
    ) : (
      <ProjectDocument report={request.report} organizationName={organizationName} generatedAt={generatedAt} />
    );
  return renderToBuffer(document);
}
