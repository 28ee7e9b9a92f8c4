import { createHash } from "node:crypto";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SAMPLE_PDF, WINDOWS_PROGRAM } from "@/lib/evidence/testing/sample-files";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";
import type { ExportFile } from "./format-schema";
import { ARCHIVE_EXPORT_NAME, buildProjectArchive, readProjectArchive } from "./project-archive";
import { sampleExportFile } from "./sample-export";

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const english = (message: string) => translateRef(translatorFor("en"), message);

/** The sample export with one PDF on its DURING register's own risk, shared by two entries. */
function fileWithEvidence(bytes = SAMPLE_PDF): ExportFile {
  const file = sampleExportFile();
  const during = file.assessments.find((a) => a.kind === "during")!;
  const entry = { name: "route-map.pdf", mediaType: "application/pdf", size: bytes.byteLength, sha256: sha(bytes), addedByName: "Sofia Staff", addedAt: "2026-05-21T08:00:00.000Z" };
  during.files = [{ criterionId: "D.OWN.1", ...entry }, { criterionId: during.risks[0]!.criterionId, ...entry, name: "same-map.pdf" }];
  return file;
}

async function refusal(archive: Uint8Array) {
  const read = await readProjectArchive(archive);
  return read.ok ? "read" : english(read.message);
}

describe("the project archive", () => {
  it("carries the export and each file once under its checksum, and reads back to the same file and bytes", async () => {
    const file = fileWithEvidence();
    const archive = buildProjectArchive(file, new Map([[sha(SAMPLE_PDF), SAMPLE_PDF]]));
    expect(Object.keys(unzipSync(archive)).sort()).toEqual([`files/${sha(SAMPLE_PDF)}/route-map.pdf`, ARCHIVE_EXPORT_NAME]);
    const read = await readProjectArchive(archive);
    if (!read.ok) throw new Error(read.message);
    expect(read.contents.file).toEqual(file);
    expect(read.contents.file.assessments.find((a) => a.kind === "during")!.ownRisks).toMatchObject([{ criterionId: "D.OWN.1", title: "雨季道路中断" }]);
    expect([...read.contents.blobs.keys()]).toEqual([sha(SAMPLE_PDF)]);
    expect(Buffer.from(read.contents.blobs.get(sha(SAMPLE_PDF))!.bytes).equals(Buffer.from(SAMPLE_PDF))).toBe(true);
    expect(read.contents.blobs.get(sha(SAMPLE_PDF))!.mediaType).toBe("application/pdf");
  });

  it("refuses a file that is not a zip, or a zip without the export", async () => {
    expect(await refusal(strToU8("not a zip at all"))).toMatch(/not a readable zip archive/);
    expect(await refusal(zipSync({ "notes.txt": strToU8("hello") }))).toMatch(/no project\.json/);
  });

  it("refuses an archive whose export does not match the format, in the format's words", async () => {
    expect(await refusal(zipSync({ [ARCHIVE_EXPORT_NAME]: strToU8(JSON.stringify({ format: "spreadsheet", formatVersion: 1 })) }))).toMatch(/not an export of this app/);
  });

  it("refuses a named file that is missing, changed, or of a type uploads refuse", async () => {
    const file = fileWithEvidence();
    expect(await refusal(buildProjectArchive(file, new Map()))).toMatch(/lacks the file “route-map\.pdf”/);
    const changed = zipSync({ [ARCHIVE_EXPORT_NAME]: strToU8(JSON.stringify(file)), [`files/${sha(SAMPLE_PDF)}/route-map.pdf`]: strToU8("%PDF-1.7 changed") });
    expect(await refusal(changed)).toMatch(/“route-map\.pdf” in the archive does not match its checksum/);
    const program = fileWithEvidence(WINDOWS_PROGRAM);
    expect(await refusal(buildProjectArchive(program, new Map([[sha(WINDOWS_PROGRAM), WINDOWS_PROGRAM]])))).toMatch(/not of a type this app takes/);
  });
});
