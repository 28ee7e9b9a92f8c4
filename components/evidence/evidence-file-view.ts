/** What the page shows of an evidence file (dates as ISO text: they travel to the browser). */
export type EvidenceFileView = { id: string; criterionId: string; name: string; size: number; createdAt: string; addedByName: string };

export function evidenceFileView(file: { id: string; criterionId: string; name: string; size: number; createdAt: Date | string; addedByName: string }): EvidenceFileView {
  const { id, criterionId, name, size, addedByName } = file;
  return { id, criterionId, name, size, addedByName, createdAt: new Date(file.createdAt).toISOString() };
}
