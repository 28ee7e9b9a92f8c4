import * as z from "@/lib/validation/zod";

export const checklistKinds = ["before", "partner", "during", "after"] as const;
export type ChecklistKind = (typeof checklistKinds)[number];

export const participationModeIds = ["territorial", "subsidised", "enterprise", "borrowing"] as const;
export type ParticipationModeId = (typeof participationModeIds)[number];

export const sourceDocIds = ["000", "001", "002", "003", "004"] as const;

/**
 * A text a person reads. Version 1 files are English only (a plain string); from version 2 every
 * text is written in each language ({ "en": …, "zh-CN": … }), and the file's schema insists.
 */
function text(min: number, max = 2000) {
  return z.union([
    z.string().min(min).max(max),
    z.strictObject({ en: z.string().min(min).max(max), "zh-CN": z.string().min(2).max(max) }),
  ]);
}
export type ChecklistText = z.infer<ReturnType<typeof text>>;

const criterionId = z.string().regex(/^[A-Z]\.[A-Z]+(\.[A-Z]+)?\.\d+$/, "criterion ids look like B.CTX.1");

export const checklistItemSchema = z.strictObject({
  id: criterionId,
  answerType: z.enum(["status", "risk"]),
  prompt: text(5, 160),
  help: text(10, 600),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  critical: z.boolean(),
  sources: z.array(z.strictObject({ doc: z.enum(sourceDocIds), where: text(1) })).min(1),
  modes: z.array(z.enum(participationModeIds)).min(1).optional(),
  mitigationHint: text(5).optional(),
  /** Never in the data files: marks a risk the organisation added to one register (assessment-checklist.ts). */
  ownRisk: z.literal(true).optional(),
});

export const checklistSectionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "section ids are kebab-case"),
    title: text(3),
    intro: text(5),
    weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    kind: z.enum(["checklist", "indicators"]),
    items: z.array(checklistItemSchema),
  })
  .refine((s) => (s.kind === "indicators" ? s.items.length === 0 : s.items.length > 0), {
    message: "indicator sections have no items; checklist sections have at least one",
  });

export const checklistDefinitionSchema = z
  .strictObject({
    id: z.enum(checklistKinds),
    version: z.number().int().positive(),
    title: text(3),
    summary: text(5),
    sections: z.array(checklistSectionSchema).min(1),
  })
  .superRefine((checklist, ctx) => {
    const expectedType = checklist.id === "during" ? "risk" : "status";
    const seen = new Set<string>();
    for (const section of checklist.sections) {
      for (const item of section.items) {
        if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: `${item.id} appears twice` });
        seen.add(item.id);
        if (item.answerType !== expectedType) {
          ctx.addIssue({ code: "custom", message: `${item.id} must be a ${expectedType} item` });
        }
      }
    }
    if (checklist.version >= 2) {
      for (const [path, value] of checklistTexts(checklist)) {
        if (typeof value === "string") ctx.addIssue({ code: "custom", message: `${path} must be written in every language` });
      }
    }
    const sectionIds = checklist.sections.map((s) => s.id);
    if (new Set(sectionIds).size !== sectionIds.length) {
      ctx.addIssue({ code: "custom", message: "section ids must be unique" });
    }
  });

/** Every text of a checklist with where it sits ("B.CTX.1 prompt"): the completeness checks walk these. */
export function checklistTexts(checklist: {
  title: ChecklistText;
  summary: ChecklistText;
  sections: ReadonlyArray<{ id: string; title: ChecklistText; intro: ChecklistText; items: ReadonlyArray<z.infer<typeof checklistItemSchema>> }>;
}): Array<[string, ChecklistText]> {
  const out: Array<[string, ChecklistText]> = [
    ["title", checklist.title],
    ["summary", checklist.summary],
  ];
  for (const section of checklist.sections) {
    out.push([`${section.id} title`, section.title], [`${section.id} intro`, section.intro]);
    for (const item of section.items) {
      out.push([`${item.id} prompt`, item.prompt], [`${item.id} help`, item.help]);
      if (item.mitigationHint) out.push([`${item.id} mitigationHint`, item.mitigationHint]);
      item.sources.forEach((source, i) => out.push([`${item.id} source ${i + 1}`, source.where]));
    }
  }
  return out;
}

export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const sourceDocumentSchema = z.strictObject({
  doc: z.enum(sourceDocIds),
  author: text(2),
  year: z.number().int().nullable(),
  title: text(2),
  summary: text(2),
  /** Background reading only: no criterion cites it. */
  background: z.boolean(),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
