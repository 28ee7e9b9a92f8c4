import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { detectEvidenceType } from "@/lib/evidence/evidence-file-type";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-limits";
import { msg } from "@/lib/i18n/message-ref";
import { MAX_ARCHIVE_BYTES } from "./archive-limits";
import type { ExportFile } from "./format-schema";
import { MAX_IMPORT_BYTES } from "./import-limit";
import { readExportText } from "./import-input";

/** The export file's name inside a project archive; each file's bytes are under files/<sha256>/<name>. */
export const ARCHIVE_EXPORT_NAME = "project.json";

export type ArchiveContents = { file: ExportFile; blobs: Map<string, { bytes: Uint8Array; mediaType: string }> };
export type ReadArchive = { ok: true; contents: ArchiveContents } | { ok: false; message: string };

/** The distinct files an export names, by checksum, with the first name each was given. */
function namedFiles(file: ExportFile): Map<string, { name: string; size: number }> {
  const out = new Map<string, { name: string; size: number }>();
  for (const f of file.assessments.flatMap((a) => a.files)) if (!out.has(f.sha256)) out.set(f.sha256, { name: f.name, size: f.size });
  return out;
}

/**
 * A project archive: the JSON export, and every file it names once, under its checksum (versions
 * share files). Files are stored as they are (PDFs and images do not shrink); the JSON is deflated.
 */
export function buildProjectArchive(file: ExportFile, bytesOf: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = { [ARCHIVE_EXPORT_NAME]: [strToU8(JSON.stringify(file, null, 2)), { level: 6 }] };
  for (const [sha256, { name }] of namedFiles(file)) {
    const bytes = bytesOf.get(sha256);
    if (bytes) entries[`files/${sha256}/${name}`] = [bytes, { level: 0 }];
  }
  return zipSync(entries);
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Buffer.from(digest).toString("hex");
}

/**
 * Reads a project archive back, checking everything before anything is written: the JSON against
 * the export format, and each named file is present, matches its checksum, and is of a type an
 * upload would take (decided from its bytes). A refusal is a message reference (importErrors.*).
 */
export async function readProjectArchive(bytes: Uint8Array): Promise<ReadArchive> {
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) return { ok: false, message: msg("importErrors.archiveTooLarge", { limit: MAX_ARCHIVE_BYTES / 1024 / 1024 }) };
  let entries: Record<string, Uint8Array>;
  let oversized = false;
  try {
    // Sizes are read from the archive's directory before anything is inflated: a small archive
    // that would unpack to gigabytes is refused, and entries this app did not write are skipped.
    entries = unzipSync(bytes, {
      filter: (entry) => {
        const limit = entry.name === ARCHIVE_EXPORT_NAME ? MAX_IMPORT_BYTES : entry.name.startsWith("files/") ? MAX_EVIDENCE_BYTES : -1;
        if (limit >= 0 && entry.originalSize > limit) oversized = true;
        return limit >= 0 && !oversized;
      },
    });
  } catch {
    return { ok: false, message: msg("importErrors.archiveUnreadable") };
  }
  if (oversized) return { ok: false, message: msg("importErrors.archiveEntryTooLarge") };
  const json = entries[ARCHIVE_EXPORT_NAME];
  if (!json) return { ok: false, message: msg("importErrors.archiveNoExport", { name: ARCHIVE_EXPORT_NAME }) };
  const parsed = readExportText(new TextDecoder().decode(json));
  if (!parsed.ok) return parsed;
  const byChecksum = new Map(Object.entries(entries).filter(([name]) => name.startsWith("files/")).map(([name, data]) => [name.split("/")[1]!, data]));
  const blobs: ArchiveContents["blobs"] = new Map();
  for (const [sha256, { name }] of namedFiles(parsed.file)) {
    const data = byChecksum.get(sha256);
    if (!data) return { ok: false, message: msg("importErrors.archiveFileMissing", { name }) };
    if ((await sha256Hex(data)) !== sha256) return { ok: false, message: msg("importErrors.archiveChecksum", { name }) };
    const type = await detectEvidenceType(data);
    if (!type) return { ok: false, message: msg("importErrors.archiveFileType", { name }) };
    blobs.set(sha256, { bytes: data, mediaType: type.mediaType });
  }
  return { ok: true, contents: { file: parsed.file, blobs } };
}
