import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { pdfFontFamily, registerPdfFonts } from "@/lib/pdf/fonts";
import type { PdfRequest } from "@/lib/pdf/pdf-request";
import { AssessmentDocument } from "./assessment-document";
import { ProjectDocument } from "./project-document";

/** Renders on the calling thread: use it from the PDF worker and from tests, not from a request. */
export async function renderPdf(request: PdfRequest): Promise<Buffer> {
  registerPdfFonts();
  if (request.kind === "warm-up") return renderToBuffer(<WarmUpDocument />);
  const { organizationName, generatedAt, locale } = request;
  const document =
    request.kind === "assessment" ? (
      <AssessmentDocument report={request.report} organizationName={organizationName} generatedAt={generatedAt} locale={locale} />
    ) : (
      <ProjectDocument report={request.report} organizationName={organizationName} generatedAt={generatedAt} locale={locale} />
    );
  return renderToBuffer(document);
}

/** Both weights, Latin and Chinese: every font file the reports use gets parsed once. */
function WarmUpDocument() {
  return (
    <Document>
      <Page size="A6" style={{ fontFamily: pdfFontFamily }}>
        <Text>Warm-up 预热</Text>
        <Text style={{ fontWeight: 700 }}>Warm-up 预热</Text>
      </Page>
    </Document>
  );
}
