import path from "node:path";
import { Font } from "@react-pdf/renderer";

const cjkFamily = "Noto Sans SC";

/**
 * Latin text in the PDF's built-in Helvetica, every other character (Chinese, arrows, dashes
 * Helvetica lacks) in Noto Sans SC: react-pdf picks per character from this stack. Laying Latin
 * text out with the 10 MB CJK font cost most of a report's render time.
 */
export const pdfFontFamily = ["Helvetica", cjkFamily];

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
    family: cjkFamily,
    fonts: [
      { src: path.join(fontDir, "NotoSansSC-Regular.ttf"), fontWeight: 400 },
      { src: path.join(fontDir, "NotoSansSC-Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(splitForLineBreaks);
  registered = true;
}
