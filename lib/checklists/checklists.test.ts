import { describe, expect, it } from "vitest";
import beforeV1 from "./data/before.v1.json";
import sourcesJson from "./data/sources.json";
import { applicableChecklist } from "./applicable";
import { checklistDefinitionSchema, checklistKinds, type ChecklistDefinition, type ChecklistKind } from "./definition-schema";
import { latestChecklist, sourceDocuments } from "./registry";
import { localize } from "@/lib/i18n/localized-text";

// Copied from the risk framework's tables (the framework file is not in the repo).
const frameworkIds: Record<ChecklistKind, string[]> = {
  before: [
    "B.CTX.1", "B.CTX.2", "B.CTX.3", "B.NEED.1", "B.LAW.1", "B.LAW.2", "B.STRAT.1", "B.STRAT.2",
    "B.FUND.1", "B.FUND.2", "B.FUND.3", "B.PEOPLE.1", "B.STAKE.1",
    "B.SAFE.1", "B.SAFE.2", "B.SAFE.3", "B.SAFE.4", "B.SAFE.5", "B.COMM.1", "B.COMM.2",
  ],
  partner: [
    "P.LEGAL.1", "P.LEGAL.2", "P.FIN.1", "P.FIN.2", "P.FIN.3", "P.FIT.1", "P.FIT.2", "P.FIT.3",
    "P.GOV.1", "P.GOV.2", "P.GOV.3", "P.CAP.1", "P.CAP.2", "P.CAP.3", "P.COOP.1", "P.COOP.2", "P.COOP.3",
    "P.PRIN.1", "P.PRIN.2", "P.PRIN.3", "P.PRIN.4", "P.RISK.1", "P.RISK.2",
  ],
  during: [
    "D.PART.1", "D.BEN.1", "D.BEN.2", "D.FUND.1", "D.FUND.2", "D.FUND.3", "D.DELIV.1", "D.DELIV.2", "D.DELIV.3",
    "D.STAFF.1", "D.STAFF.2", "D.STAFF.3", "D.STAFF.4", "D.SEC.1", "D.SEC.2", "D.EXT.1",
  ],
  after: [
    "A.FIN.1", "A.FIN.2", "A.STK.1", "A.STK.2", "A.STK.3", "A.INT.1", "A.INT.2",
    "A.EVAL.1", "A.EVAL.2", "A.EVAL.3", "A.EVAL.4", "A.LEARN.1",
  ],
};

// Items the framework adds for one participation mode ("the mode should change what is asked").
const modeItemIds = ["B.MODE.ENT.1", "B.MODE.GOV.1", "B.MODE.BOAT.1"];

const itemIds = (c: ChecklistDefinition) => c.sections.flatMap((s) => s.items.map((i) => i.id));
const allItems = () => checklistKinds.flatMap((kind) => latestChecklist(kind).sections.flatMap((s) => s.items));

describe("checklist content matches the framework", () => {
  it.each(checklistKinds)("asks every %s criterion of the framework exactly once", (kind) => {
    const ids = itemIds(latestChecklist(kind));
    for (const id of frameworkIds[kind]) {
      expect(ids.filter((x) => x === id), id).toHaveLength(1);
    }
    const extra = kind === "before" ? modeItemIds : [];
    expect([...ids].sort()).toEqual([...frameworkIds[kind], ...extra].sort());
  });

  it("puts no criterion in a checklist it does not belong to", () => {
    for (const kind of checklistKinds) {
      const others = checklistKinds.filter((k) => k !== kind).flatMap((k) => frameworkIds[k]);
      const ids = itemIds(latestChecklist(kind));
      expect(ids.filter((id) => others.includes(id)), kind).toEqual([]);
    }
  });

  it("marks registration, signed agreement, host-country legal route and safety check as critical", () => {
    const byId = new Map(allItems().map((i) => [i.id, i]));
    for (const id of ["P.LEGAL.1", "P.COOP.3", "B.LAW.1", "B.CTX.2"]) {
      expect(byId.get(id)?.critical, id).toBe(true);
    }
  });

  it("gives every item help text and at least one source that exists in sources.json", () => {
    const docs = new Set(sourcesJson.map((d) => d.doc));
    const background = new Set(sourcesJson.filter((d) => d.background).map((d) => d.doc));
    const items = allItems();
    expect(items).toHaveLength(20 + 3 + 23 + 16 + 12);
    for (const item of items) {
      expect(localize(item.help, "en").trim().length, item.id).toBeGreaterThan(0);
      expect(item.sources.length, item.id).toBeGreaterThanOrEqual(1);
      for (const source of item.sources) {
        expect(docs.has(source.doc), `${item.id} cites ${source.doc}`).toBe(true);
        // 001 is background reading only: the framework takes no checklist content from it.
        expect(background.has(source.doc), `${item.id} cites background ${source.doc}`).toBe(false);
        expect(localize(source.where, "en").trim(), item.id).not.toBe("");
      }
    }
    expect(sourceDocuments.map((d) => d.doc)).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("uses risk items in the during checklist and status items everywhere else", () => {
    for (const kind of checklistKinds) {
      const types = new Set(latestChecklist(kind).sections.flatMap((s) => s.items.map((i) => i.answerType)));
      expect([...types], kind).toEqual([kind === "during" ? "risk" : "status"]);
    }
  });
});

describe("checklist file schema", () => {
  // A fresh, mutable copy of the real before.v1 file for each broken variant.
  type RawItem = Record<string, unknown> & { sources: Array<Record<string, unknown>> };
  type RawFile = { sections: Array<{ items: RawItem[] }> };
  const fresh = () => structuredClone(beforeV1) as unknown as RawFile;
  const messages = (raw: unknown) => {
    const result = checklistDefinitionSchema.safeParse(raw);
    return result.success ? null : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("accepts the real file unchanged", () => {
    expect(messages(fresh())).toBeNull();
  });

  it("rejects an item without a weight", () => {
    const raw = fresh();
    delete raw.sections[0]!.items[0]!.weight;
    expect(messages(raw)).toEqual([expect.stringMatching(/^sections\.0\.items\.0\.weight: /)]);
  });

  it("rejects a weight of 4", () => {
    const raw = fresh();
    raw.sections[0]!.items[1]!.weight = 4;
    expect(messages(raw)).toEqual([expect.stringMatching(/^sections\.0\.items\.1\.weight: /)]);
  });

  it("rejects an id used twice", () => {
    const raw = fresh();
    raw.sections[1]!.items.push(structuredClone(raw.sections[0]!.items[0]!));
    expect(messages(raw)).toEqual([": B.CTX.1 appears twice"]);
  });

  it("rejects a risk item in a status checklist", () => {
    const raw = fresh();
    raw.sections[2]!.items[0]!.answerType = "risk";
    expect(messages(raw)).toEqual([": B.LAW.1 must be a status item"]);
  });

  it("rejects a source document that does not exist", () => {
    const raw = fresh();
    raw.sections[0]!.items[2]!.sources[0]!.doc = "005";
    expect(messages(raw)).toEqual([expect.stringMatching(/^sections\.0\.items\.2\.sources\.0\.doc: /)]);
  });
});

describe("participation mode changes what is asked", () => {
  const before = latestChecklist("before");
  const modeSectionIds = (c: ChecklistDefinition) =>
    c.sections.find((s) => s.id === "participation-mode")?.items.map((i) => i.id) ?? null;

  it.each([
    ["enterprise", ["B.MODE.ENT.1"]],
    ["subsidised", ["B.MODE.GOV.1"]],
    ["borrowing", ["B.MODE.BOAT.1"]],
  ] as const)("asks only the %s mode's own item", (mode, expected) => {
    const asked = applicableChecklist(before, mode);
    expect(modeSectionIds(asked)).toEqual(expected);
    expect(itemIds(asked)).toHaveLength(20 + 1);
  });

  it("drops the participation-mode section for a territorial partnership, which has no mode item", () => {
    const asked = applicableChecklist(before, "territorial");
    expect(modeSectionIds(asked)).toBeNull();
    expect(asked.sections).toHaveLength(before.sections.length - 1);
    expect([...itemIds(asked)].sort()).toEqual([...frameworkIds.before].sort());
  });

  it("asks every criterion of the other checklists whatever the mode", () => {
    for (const kind of ["partner", "during", "after"] as const) {
      const full = latestChecklist(kind);
      expect(itemIds(applicableChecklist(full, "enterprise"))).toEqual(itemIds(full));
      expect(applicableChecklist(full, "territorial").sections).toHaveLength(full.sections.length);
    }
  });
});
