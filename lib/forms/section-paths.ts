import type { ChecklistSection } from "@/lib/checklists/definition-schema";

// Where each part of a section sits in the form, and a stored part as the form holds it. Apart
// from the schemas (zod): the form needs these to show itself, the schemas only once it checks.

export const INDICATORS_KEY = "indicators";

/** A stored number or text as a form input holds it: empty for nothing. */
export const asFormText = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
const str = asFormText;

/** Where a part's fields sit in the section form: `items.3`, `risks.0`, or `indicators`. */
export function formPathOf(section: ChecklistSection, key: string): string {
  if (key === INDICATORS_KEY) return INDICATORS_KEY;
  const index = section.items.findIndex((i) => i.id === key);
  return `${section.items[index]?.answerType === "risk" ? "risks" : "items"}.${index}`;
}

/** The part a form field belongs to (`items.3.notes` → that item's id; `indicators.0.name` → the list). */
export function partKeyOf(section: ChecklistSection, fieldName: string): string | null {
  const [group, index] = fieldName.split(".");
  if (group === INDICATORS_KEY) return INDICATORS_KEY;
  return (group === "items" || group === "risks") && index !== undefined ? (section.items[Number(index)]?.id ?? null) : null;
}

/**
 * One part's stored value (an item, a risk, or the indicator list, as the server answers with it
 * in a conflict) as the form's inputs hold it, so "use theirs" can put it into the form.
 */
export function formValueOfPart(key: string, stored: unknown): unknown {
  if (key === "indicators") {
    const list = (stored ?? []) as Array<{ name: string; unit: string; target: number | null; actual: number | null }>;
    return list.map((i) => ({ name: i.name, unit: i.unit, target: str(i.target), actual: str(i.actual) }));
  }
  const v = (stored ?? {}) as Record<string, string | number | null | undefined>;
  if ("likelihood" in v) {
    return {
      criterionId: key,
      likelihood: str(v.likelihood),
      impact: str(v.impact),
      status: String(v.status ?? "open"),
      mitigation: str(v.mitigation),
      owner: str(v.owner),
      dueDate: str(v.dueDate),
      notes: str(v.notes),
    };
  }
  return { criterionId: key, value: str(v.value), notes: str(v.notes), evidence: str(v.evidence) };
}
