import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

type PdfDocument = Awaited<ReturnType<typeof getDocument>["promise"]>;

async function eachPageItems<T>(pdf: Uint8Array, read: (items: TextItem[], page: number) => T): Promise<T[]> {
  const doc: PdfDocument = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: T[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(read(content.items.filter((item): item is TextItem => "str" in item), n));
  }
  await doc.destroy();
  return pages;
}

/** The text of each page, read back out of the PDF the way a copy-paste or a screen reader gets it. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  return eachPageItems(pdf, (items) =>
    items
      .map((item) => item.str + (item.hasEOL ? "\n" : ""))
      .join("")
      .replace(/[ \t]+/g, " "),
  );
}

export type PdfTextRun = { page: number; size: number; text: string };

/**
 * The PDF's text in drawing order, one run per line of one font size: enough to tell a heading
 * from body text by its size, as a reader does.
 */
export async function pdfTextRuns(pdf: Uint8Array): Promise<PdfTextRun[]> {
  const pages = await eachPageItems(pdf, (items, page) => {
    const runs: Array<PdfTextRun & { y: number }> = [];
    for (const item of items) {
      if (!item.str.trim()) continue;
      const size = Math.round(Math.hypot(item.transform[0]!, item.transform[1]!) * 100) / 100;
      const y = item.transform[5]!;
      const last = runs.at(-1);
      if (last && last.size === size && Math.abs(last.y - y) < 0.5) last.text += item.str;
      else runs.push({ page, size, y, text: item.str });
    }
    return runs.map(({ page, size, text }) => ({ page, size, text: text.replace(/\s+/g, " ").trim() }));
  });
  return pages.flat();
}
