import * as z from "@/lib/validation/zod";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import { msg } from "@/lib/i18n/message-ref";
import { formPathOf, INDICATORS_KEY } from "./section-paths";
import { sectionPartSchemas, type SectionValues } from "./section-schema";

/**
 * What an autosave sends: only the parts of a section the user changed (an item, or the indicator
 * list), each with the revision it was based on. The server writes a part only while its revision
 * is still that one; otherwise it answers with the newer value and writes nothing for that part.
 */
export const sectionChangesInput = z.object({
  assessmentId: z.string(),
  sectionId: z.string(),
  changes: z
    .array(z.object({ key: z.string().max(100), base: z.number().int().min(0), value: z.unknown() }))
    .min(1, msg("validation.section.nothingToSave"))
    .max(100, msg("validation.section.tooManyChanges")),
});
export type SectionChangesInput = z.infer<typeof sectionChangesInput>;

/** A part's revision as the editor must base their change on it, with who wrote it and when. */
export type PartRevision = { revision: number; by: string | null; at: string | null };

/** What became of one change: written (with its new revision), or refused with the newer value. */
export type ChangeResult =
  | { key: string; status: "saved"; revision: number }
  | ({ key: string; status: "conflict"; current: unknown } & PartRevision);

type Item = NonNullable<SectionValues["items"]>[number];
type Risk = NonNullable<SectionValues["risks"]>[number];
type Indicators = NonNullable<SectionValues["indicators"]>;

/** One validated change: its key, the revision it was based on, and its value in the section's shape. */
export type SectionChange =
  | { key: string; base: number; part: "item"; value: Item }
  | { key: string; base: number; part: "risk"; value: Risk }
  | { key: typeof INDICATORS_KEY; base: number; part: "indicators"; value: Indicators };

/** Changes checked against a section: all of them to save, or what is wrong at the form's field paths. */
export type CheckedChanges = { ok: true; changes: SectionChange[] } | { ok: false; issues: Array<{ path: string; message: string }> };

/**
 * Checks each change against the same per-item schema the form uses (draft strictness: unfinished
 * answers may be kept). Issues come back at the form's own field paths.
 */
export function parseSectionChanges(section: ChecklistSection, changes: SectionChangesInput["changes"]): CheckedChanges {
  const schemas = sectionPartSchemas(section, "draft");
  const parsed: SectionChange[] = [];
  const issues: Array<{ path: string; message: string }> = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const schema = schemas.get(change.key);
    if (!schema || seen.has(change.key)) {
      issues.push({ path: "", message: msg(schema ? "validation.section.sentTwice" : "validation.section.notInSection") });
      continue;
    }
    seen.add(change.key);
    const result = schema.safeParse(change.value);
    if (!result.success) {
      const at = formPathOf(section, change.key);
      for (const issue of result.error.issues) issues.push({ path: [at, ...issue.path.map(String)].join("."), message: issue.message });
      continue;
    }
    const part = change.key === INDICATORS_KEY ? "indicators" : section.items.find((i) => i.id === change.key)?.answerType === "risk" ? "risk" : "item";
    parsed.push({ key: change.key, base: change.base, part, value: result.data } as SectionChange);
  }
  return issues.length ? { ok: false, issues } : { ok: true, changes: parsed };
}

/** A section's values (form or parsed) as its parts, by key: each item, or the indicator list. */
export function partsOfValues(values: {
  items?: ReadonlyArray<{ criterionId: string }>;
  risks?: ReadonlyArray<{ criterionId: string }>;
  indicators?: readonly unknown[];
}): Array<{ key: string; value: unknown }> {
  return [
    ...(values.items ?? []).map((value) => ({ key: value.criterionId, value })),
    ...(values.risks ?? []).map((value) => ({ key: value.criterionId, value })),
    ...(values.indicators ? [{ key: INDICATORS_KEY, value: values.indicators }] : []),
  ];
}
