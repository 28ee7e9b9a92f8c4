import { z } from "zod";
import { MAX_IMPORT_BYTES, parseExportFile, type ParsedExport } from "./format-schema";

const limit = `${Math.floor(MAX_IMPORT_BYTES / 1000)} KB`;
export const tooLargeMessage = `The file is too large to import (at most ${limit}).`;

/** What the import form sends: the file's text. The server parses and checks it again. */
export const importInputSchema = z.object({
  json: z
    .string({ error: "Choose an export file (.json) to import." })
    .min(1, "The file is empty.")
    // Bytes, as the browser measures the file: Chinese text takes three bytes a character.
    .refine((text) => new TextEncoder().encode(text).length <= MAX_IMPORT_BYTES, tooLargeMessage),
});

/** The file's text as an export, or the reason it is not one; the form and the action both use it. */
export function readExportText(text: string): ParsedExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not valid JSON. Choose a .json file exported from this app." };
  }
  return parseExportFile(value);
}
