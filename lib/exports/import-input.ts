import * as z from "@/lib/validation/zod";
import { msg } from "@/lib/i18n/message-ref";
import { MAX_IMPORT_BYTES, parseExportFile, type ParsedExport } from "./format-schema";

/** The import's messages are references (importErrors.*), read in the reader's language where they are shown. */
export const tooLargeMessage = msg("importErrors.tooLarge", { limit: Math.floor(MAX_IMPORT_BYTES / 1000) });

/** What the import form sends: the file's text. The server parses and checks it again. */
export const importInputSchema = z.object({
  json: z
    .string({ error: msg("importErrors.chooseFile") })
    .min(1, msg("importErrors.empty"))
    // Bytes, as the browser measures the file: Chinese text takes three bytes a character.
    .refine((text) => new TextEncoder().encode(text).length <= MAX_IMPORT_BYTES, tooLargeMessage),
});

/** The file's text as an export, or the reason it is not one; the form and the action both use it. */
export function readExportText(text: string): ParsedExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: msg("importErrors.notJson") };
  }
  return parseExportFile(value);
}
