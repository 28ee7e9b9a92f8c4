import type { ChecklistDefinition, SourceDocument } from "@/lib/checklists/definition-schema";
import { sourceDocuments } from "@/lib/checklists/registry";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized-text";

export type SourceUse = { document: SourceDocument; criteria: Array<{ id: string; where: string }> };

/** Which source paper backs which criterion, for the report's "Sources" section. */
export function collectSources(checklist: ChecklistDefinition, locale: Locale = defaultLocale): SourceUse[] {
  const uses = new Map<string, SourceUse>();
  for (const section of checklist.sections) {
    for (const item of section.items) {
      for (const source of item.sources) {
        const document = sourceDocuments.find((d) => d.doc === source.doc);
        if (!document) continue;
        const use = uses.get(source.doc) ?? { document, criteria: [] };
        use.criteria.push({ id: item.id, where: localize(source.where, locale) });
        uses.set(source.doc, use);
      }
    }
  }
  return [...uses.values()].sort((a, b) => a.document.doc.localeCompare(b.document.doc));
}

/** One sources list for a report made of several assessments: each criterion listed once. */
export function mergeSources(lists: ReadonlyArray<ReadonlyArray<SourceUse>>): SourceUse[] {
  const merged = new Map<string, SourceUse>();
  for (const list of lists) {
    for (const use of list) {
      const into = merged.get(use.document.doc) ?? { document: use.document, criteria: [] };
      for (const c of use.criteria) {
        if (!into.criteria.some((seen) => seen.id === c.id)) into.criteria.push(c);
      }
      merged.set(use.document.doc, into);
    }
  }
  return [...merged.values()].sort((a, b) => a.document.doc.localeCompare(b.document.doc));
}
