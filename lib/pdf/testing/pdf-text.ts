import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of each page, read back out of the PDF the way a copy-paste or a screen reader gets it. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join("")
        .replace(/[ \t]+/g, " "),
    );
  }
  await doc.destroy();
  return pages;
}
