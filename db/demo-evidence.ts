import { createHash } from "node:crypto";
import type { DbOrTx } from "./client";
import { getFileStorage, newStorageKey } from "./file-storage/file-storage";
import { evidenceFiles } from "./schema";

/**
 * A one-page PDF with a line of text, for the demo's evidence: small and valid, so a reader who
 * downloads it sees a document. Written out by hand because the offsets table must be exact.
 */
export function demoPdf(line: string): Uint8Array {
  const text = line.replace(/[()\\]/g, "");
  const stream = `BT /F1 16 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** Attaches a demo PDF to one item of a seeded assessment, its bytes in the configured store. */
export async function seedEvidenceFile(tx: DbOrTx, organizationId: string, assessmentId: string, criterionId: string, name: string) {
  const bytes = demoPdf(`${name} - a demo document`);
  const storage = await getFileStorage();
  const key = newStorageKey(organizationId);
  await storage.put({ key, organizationId, bytes }, storage.kind === "postgres" ? tx : undefined);
  await tx.insert(evidenceFiles).values({
    organizationId,
    assessmentId,
    criterionId,
    name,
    mediaType: "application/pdf",
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    storageKey: key,
    addedById: "demo-seed",
    addedByName: "Sofia Staff",
  });
}
