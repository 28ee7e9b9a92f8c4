import * as z from "@/lib/validation/zod";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import { answerValues } from "@/lib/scoring/config";
import { isSettledRisk, riskStatuses } from "@/lib/scoring/score-risks";
import { msg } from "@/lib/i18n/message-ref";
import { decimalInput, MAX_AMOUNT } from "./decimal-input";
import { storableDate, storableText } from "./storable";
import { INDICATORS_KEY } from "./section-paths";

/**
 * One schema per section, built from the stored checklist version. The form validates with it
 * in the browser and the server action re-validates with the very same function, so the two
 * can never disagree. "draft" accepts unfinished answers (autosave); "complete" is what
 * "Save and continue" and submitting require.
 */
export type SchemaStrictness = "draft" | "complete";

/**
 * Messages are references (lib/i18n/message-ref.ts), read in the reader's language by the form and
 * by whoever shows the server's answer. A field's name is itself a key, so it is read there too.
 */
type FieldName = "notes" | "evidence" | "mitigation" | "owner" | "indicatorName" | "unit" | "target" | "actual";
const field = (name: FieldName) => `validation.sectionFields.${name}`;

const textField = (name: FieldName, max = 4000) =>
  storableText(
    z.string({ error: msg("validation.section.notText", { field: field(name) }) }).max(max, msg("validation.section.tooLong", { field: field(name), max: String(max) })),
    field(name),
  );

const emptyToNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);

const chooseMessage = (label: "likelihood" | "impact") =>
  msg(label === "impact" ? "validation.section.chooseImpact" : "validation.section.chooseLikelihood");

/** 1–5 or empty; whether empty is allowed depends on the risk's status (riskItemSchema). */
const oneToFive = (label: "likelihood" | "impact") => {
  const choose = chooseMessage(label);
  return z.preprocess(emptyToNull, z.coerce.number({ error: choose }).int(choose).min(1, choose).max(5, choose).nullable());
};

const isoDate = z.preprocess(
  emptyToNull,
  storableDate(z.iso.date(msg("validation.section.dateFormat")), "validation.sectionFields.dueDate").nullable(),
);

const amount = (name: "target" | "actual") =>
  z.preprocess(
    decimalInput,
    z
      .number({ error: msg("validation.section.notNumber", { field: field(name) }) })
      .min(0, msg("validation.section.negative", { field: field(name) }))
      .max(MAX_AMOUNT, msg("validation.section.tooLarge", { field: field(name) }))
      .nullable(),
  );

function statusItemSchema(itemId: string, strictness: SchemaStrictness) {
  const value = z.enum(answerValues, { error: msg("validation.section.chooseOneAnswer") });
  return z
    .object({
      criterionId: z.literal(itemId),
      value: z.preprocess(emptyToNull, strictness === "complete" ? value.nullable().refine((v) => v !== null, msg("validation.section.chooseAnswer")) : value.nullable()),
      notes: textField("notes"),
      evidence: textField("evidence"),
    })
    .superRefine((item, ctx) => {
      if (strictness === "complete" && item.value === "not_applicable" && item.notes.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["notes"], message: msg("validation.section.notApplicableWhy") });
      }
    });
}

function riskItemSchema(itemId: string, strictness: SchemaStrictness) {
  return z
    .object({
      criterionId: z.literal(itemId),
      likelihood: oneToFive("likelihood"),
      impact: oneToFive("impact"),
      status: z.enum(riskStatuses, { error: msg("validation.section.chooseStatus") }),
      mitigation: textField("mitigation", 2000),
      owner: textField("owner", 200),
      dueDate: isoDate,
      notes: textField("notes"),
    })
    .superRefine((risk, ctx) => {
      if (strictness !== "complete") return;
      if (risk.status === "not_applicable" && risk.notes.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["notes"], message: msg("validation.section.riskNotApplicableWhy") });
      }
      // A closed or inapplicable risk is not scored (lib/scoring/score-risks.ts): no rating or owner needed.
      if (isSettledRisk(risk.status)) return;
      for (const label of ["likelihood", "impact"] as const) {
        if (risk[label] === null) ctx.addIssue({ code: "custom", path: [label], message: chooseMessage(label) });
      }
      if (risk.mitigation.trim() !== "" && risk.owner.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["owner"], message: msg("validation.section.nameOwner") });
      }
    });
}

function indicatorSchema(strictness: SchemaStrictness) {
  const name = textField("indicatorName", 300);
  return z.object({
    name: strictness === "complete" ? name.trim().min(1, msg("validation.section.nameIndicator")) : name,
    unit: textField("unit", 50),
    target: z.preprocess(
      emptyToNull,
      strictness === "complete" ? amount("target").refine((v) => v !== null, msg("validation.section.enterTarget")) : amount("target"),
    ),
    actual: amount("actual"),
  });
}

const MAX_INDICATORS = 50;
const indicatorList = (strictness: SchemaStrictness) =>
  z.array(indicatorSchema(strictness)).max(MAX_INDICATORS, msg("validation.section.tooManyIndicators", { max: String(MAX_INDICATORS) }));

export function buildSectionSchema(section: ChecklistSection, strictness: SchemaStrictness) {
  if (section.kind === "indicators") {
    return z.object({ indicators: indicatorList(strictness) });
  }
  const items = section.items.map((item) =>
    item.answerType === "risk" ? riskItemSchema(item.id, strictness) : statusItemSchema(item.id, strictness),
  );
  const tuple = z.tuple(items as unknown as [z.ZodType, ...z.ZodType[]]);
  return section.items[0]?.answerType === "risk" ? z.object({ risks: tuple }) : z.object({ items: tuple });
}

export type SectionValues = {
  items?: Array<{ criterionId: string; value: (typeof answerValues)[number] | null; notes: string; evidence: string }>;
  risks?: Array<{
    criterionId: string;
    likelihood: number | null;
    impact: number | null;
    status: (typeof riskStatuses)[number];
    mitigation: string;
    owner: string;
    dueDate: string | null;
    notes: string;
  }>;
  indicators?: Array<{ name: string; unit: string; target: number | null; actual: number | null }>;
};

/** Parses a section's values; issues come back as field paths the form can show. */
export function parseSectionValues(section: ChecklistSection, strictness: SchemaStrictness, values: unknown) {
  const result = buildSectionSchema(section, strictness).safeParse(values);
  if (result.success) return { ok: true as const, values: result.data as SectionValues };
  return {
    ok: false as const,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  };
}

/**
 * The schema of each thing a section saves on its own, by its key: every item (its criterion id),
 * or the whole indicator list ("indicators"). Conflict-checked saves send only what changed.
 */
export function sectionPartSchemas(section: ChecklistSection, strictness: SchemaStrictness): Map<string, z.ZodType> {
  if (section.kind === "indicators") {
    return new Map([[INDICATORS_KEY, indicatorList(strictness)]]);
  }
  return new Map(
    section.items.map((item) => [item.id, item.answerType === "risk" ? riskItemSchema(item.id, strictness) : statusItemSchema(item.id, strictness)]),
  );
}

/** The key under which an indicators section saves its whole list. */
