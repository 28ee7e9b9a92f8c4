import { describe, expect, it } from "vitest";
import { missingLocales } from "@/lib/i18n/localized-text";
import { checklistKinds, checklistTexts } from "./definition-schema";
import { getChecklist, latestChecklist, sourceDocuments } from "./registry";

// Every checklist a new assessment is answered on speaks both languages, text by text; the
// previous version keeps its English words and its criteria, so old reports read and score as before.
describe("checklists in both languages", () => {
  for (const kind of checklistKinds) {
    it(`${kind}: every text of the latest version is written in every language`, () => {
      const missing = checklistTexts(latestChecklist(kind)).flatMap(([where, text]) =>
        missingLocales(text).map((locale) => `${where} (${locale})`),
      );
      expect(missing).toEqual([]);
    });

    it(`${kind}: version 2 changes words only, never the criteria scoring reads`, () => {
      const strip = (c: ReturnType<typeof latestChecklist>) =>
        c.sections.map((s) => ({ id: s.id, weight: s.weight, kind: s.kind, items: s.items.map((i) => [i.id, i.answerType, i.weight, i.critical, i.modes, i.sources.map((x) => x.doc)]) }));
      expect(strip(getChecklist(kind, 2))).toEqual(strip(getChecklist(kind, 1)));
    });
  }

  it("cites every source with its title and summary in every language", () => {
    const missing = sourceDocuments.flatMap((d) => [...missingLocales(d.title), ...missingLocales(d.summary)].map((l) => `${d.doc} (${l})`));
    expect(missing).toEqual([]);
  });
});
