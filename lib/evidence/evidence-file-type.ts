import { fileTypeFromBuffer } from "file-type";
import { visibleFileName } from "@/lib/http/download";


/**
 * What may be attached as evidence, by what the bytes are (never by the name): PDF, pictures,
 * Word, Excel and OpenDocument files, and plain text. The extension the file is saved with on
 * download follows the detected type.
 */
const allowed: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/heic": "heic",
  "image/tiff": "tif",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  // Word 97–2003 and Excel 97–2003 files are "compound file" containers.
  "application/x-cfb": "doc",
};

export type DetectedType = { mediaType: string; extension: string };

/** Text has no signature: UTF-8 that decodes cleanly and holds no control bytes but tabs and line ends. */
function isPlainText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text);
  } catch {
    return false;
  }
}

/** The file's type from its contents, or null when it is none of the allowed ones. */
export async function detectEvidenceType(bytes: Uint8Array): Promise<DetectedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    const extension = allowed[found.mime];
    return extension ? { mediaType: found.mime, extension } : null;
  }
  return bytes.byteLength > 0 && isPlainText(bytes) ? { mediaType: "text/plain", extension: "txt" } : null;
}

/**
 * A name safe to show and to send back in a download: no folders, no control characters, no
 * characters file systems refuse, at most 120 characters, and the extension of the detected type.
 */
export function cleanFileName(name: string, type: DetectedType): string {
  const base = visibleFileName(name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const stem = base.replace(/\.[^.]*$/, "").slice(0, 110).trim() || "evidence";
  return `${stem}.${type.extension}`;
}
