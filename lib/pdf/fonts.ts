import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const pdfFontFamily = "Noto Sans SC";

// Han, kana, hangul and full-width forms: scripts written without spaces between words.
const unspacedScript = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/**
 * Lines of Chinese text have no spaces to break at, so every character becomes a break
 * opportunity. The empty strings stop react-pdf from adding a hyphen at those breaks.
 * Latin words are never hyphenated: a split criterion id or name reads worse than a ragged line.
 */
export function splitForLineBreaks(word: string): string[] {
  if (!unspacedScript.test(word)) return [word];
  return Array.from(word).flatMap((char) => [char, ""]);
}

let registered = false;

/**
 * Noto Sans SC covers Latin and Chinese; react-pdf's built-in Helvetica turns Chinese into
 * garbage. The files are vendored in lib/pdf/fonts (SIL Open Font License, see OFL.txt).
 */
export function registerPdfFonts(fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "pdf", "fonts")) {
  if (registered) return;
  Font.register({
    family: pdfFontFamily,
    fonts: [
      { src: path.join(fontDir, "NotoSansSC-Regular.ttf"), fontWeight: 400 },
      { src: path.join(fontDir, "NotoSansSC-Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(splitForLineBreaks);
  registered = true;
}
