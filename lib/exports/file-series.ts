import type { ExportedAssessment } from "./format-schema";

// An export file carries no series ids (the ids of another server mean nothing here). Within one
// project's file a stage, or one partner's due diligence, is one series; its highest version is
// the current one. The import writes these as the new rows' series, so the app itself never has to
// work out which versions belong together again.

type FileAssessment = Pick<ExportedAssessment, "kind" | "partnerRef" | "version">;

const keyOf = (a: FileAssessment) => (a.kind === "partner" ? `partner:${a.partnerRef}` : a.kind);

/** Each assessment of the file (in file order) with its series key and whether it is that series' newest version. */
export function seriesOfFile(list: readonly FileAssessment[]): Array<{ key: string; isCurrent: boolean }> {
  const newest = new Map<string, number>();
  for (const a of list) newest.set(keyOf(a), Math.max(a.version, newest.get(keyOf(a)) ?? -Infinity));
  return list.map((a) => ({ key: keyOf(a), isCurrent: newest.get(keyOf(a)) === a.version }));
}
