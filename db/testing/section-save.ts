import { partsOfValues, type SectionChangesInput } from "@/lib/forms/section-changes";

/**
 * A save action's input for a whole section's values, every part based on `base` (0: never saved
 * before). What the form sends is only the changed parts; tests often send a whole section.
 */
export function sectionSave(assessmentId: string, sectionId: string, values: unknown, base = 0): SectionChangesInput {
  const parts = values && typeof values === "object" ? partsOfValues(values as Parameters<typeof partsOfValues>[0]) : [];
  return { assessmentId, sectionId, changes: parts.map((p) => ({ ...p, base })) };
}

type SaveResult = { data?: { results: Array<{ key: string; revision: number }> } };

/**
 * Calls the save action the way the form does: each part based on the revision the previous save
 * of it answered with, so repeated saves of one part are edits, not conflicts.
 */
export function sectionSaver<R extends SaveResult>(action: (input: SectionChangesInput) => Promise<R>) {
  const revisions = new Map<string, number>();
  return async (assessmentId: string, sectionId: string, values: unknown): Promise<R> => {
    const input = sectionSave(assessmentId, sectionId, values);
    input.changes = input.changes.map((c) => ({ ...c, base: revisions.get(`${assessmentId}/${c.key}`) ?? 0 }));
    const result = await action(input);
    for (const r of result.data?.results ?? []) revisions.set(`${assessmentId}/${r.key}`, r.revision);
    return result;
  };
}
