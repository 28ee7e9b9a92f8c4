import type { ProjectReportPart } from "@/lib/report/project-report";

type Stage = "before" | "during" | "after";
export type PartNames = { stage: (stage: Stage) => string; partner: (name: string) => string };

/**
 * A project part's title in the reader's language. The report model names parts in English
 * ("Partner due diligence: …"); the key says which part it is, and the partner's own name is
 * looked up rather than cut out of that English label.
 */
export function partTitle(part: Pick<ProjectReportPart, "key">, partners: ReadonlyArray<{ id: string; name: string }>, names: PartNames): string {
  if (part.key.startsWith("partner:")) {
    const id = part.key.slice("partner:".length);
    return names.partner(partners.find((p) => p.id === id)?.name ?? "");
  }
  return names.stage(part.key as Stage);
}
