import { z } from "zod";

export const checklistKinds = ["before", "partner", "during", "after"] as const;
export type ChecklistKind = (typeof checklistKinds)[number];

export const participationModeIds = ["territorial", "subsidised", "enterprise", "borrowing"] as const;
export type ParticipationModeId = (typeof participationModeIds)[number];

export const sourceDocIds = ["000", "001", "002", "003", "004"] as const;

const criterionId = z.string().regex(/^[A-Z]\.[A-Z]+(\.[A-Z]+)?\.\d+$/, "criterion ids look like B.CTX.1");

export const checklistItemSchema = z.strictObject({
  id: criterionId,
  answerType: z.enum(["status", "risk"]),
  prompt: z.string().min(5).max(160),
  help: z.string().min(10).max(600),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  critical: z.boolean(),
  sources: z.array(z.strictObject({ doc: z.enum(sourceDocIds), where: z.string().min(1) })).min(1),
  modes: z.array(z.enum(participationModeIds)).min(1).optional(),
  mitigationHint: z.string().min(5).optional(),
});

export const checklistSectionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "section ids are kebab-case"),
    title: z.string().min(3),
    intro: z.string().min(5),
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
    title: z.string().min(3),
    summary: z.string().min(5),
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
    const sectionIds = checklist.sections.map((s) => s.id);
    if (new Set(sectionIds).size !== sectionIds.length) {
      ctx.addIssue({ code: "custom", message: "section ids must be unique" });
    }
  });

export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;
export type ChecklistSection = z.infer<typeof checklistSectionSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const sourceDocumentSchema = z.strictObject({
  doc: z.enum(sourceDocIds),
  author: z.string(),
  year: z.number().int().nullable(),
  title: z.string(),
  summary: z.string(),
  /** Background reading only: no criterion cites it. */
  background: z.boolean(),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
