import { z } from "zod";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import { answerValues } from "@/lib/scoring/config";
import { riskStatuses } from "@/lib/scoring/score-risks";
import { decimalInput, MAX_AMOUNT } from "./decimal-input";
import { storableDate, storableText } from "./storable";

/**
 * One schema per section, built from the stored checklist version. The form validates with it
 * in the browser and the server action re-validates with the very same function, so the two
 * can never disagree. "draft" accepts unfinished answers (autosave); "complete" is what
 * "Save and continue" and submitting require.
 */
export type SchemaStrictness = "draft" | "complete";

const textField = (label: string, max = 4000) =>
  storableText(z.string({ error: `${label} must be text` }).max(max, `${label} is too long (at most ${max} characters)`), label);

const emptyToNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);

const oneToFive = (label: "likelihood" | "impact", strictness: SchemaStrictness) => {
  const article = label === "impact" ? "an" : "a";
  const base = z.coerce
    .number({ error: `Choose ${article} ${label} from 1 to 5` })
    .int(`Choose ${article} ${label} from 1 to 5`)
    .min(1, `Choose ${article} ${label} from 1 to 5`)
    .max(5, `Choose ${article} ${label} from 1 to 5`);
  return z.preprocess(
    emptyToNull,
    strictness === "complete" ? base.nullable().refine((v) => v !== null, `Choose ${article} ${label} from 1 to 5`) : base.nullable(),
  );
};

const isoDate = z.preprocess(
  emptyToNull,
  storableDate(z.iso.date("Enter the date as YYYY-MM-DD"), "The due date").nullable(),
);

const amount = (label: string) =>
  z.preprocess(
    decimalInput,
    z
      .number({ error: `${label} must be a number, like 1200 or 12.5` })
      .min(0, `${label} cannot be negative`)
      .max(MAX_AMOUNT, `${label} is too large`)
      .nullable(),
  );

function statusItemSchema(itemId: string, strictness: SchemaStrictness) {
  const value = z.enum(answerValues, { error: "Choose one of the answers" });
  return z
    .object({
      criterionId: z.literal(itemId),
      value: z.preprocess(emptyToNull, strictness === "complete" ? value.nullable().refine((v) => v !== null, "Choose an answer") : value.nullable()),
      notes: textField("Notes"),
      evidence: textField("Evidence"),
    })
    .superRefine((item, ctx) => {
      if (strictness === "complete" && item.value === "not_applicable" && item.notes.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["notes"], message: "Say in the notes why this does not apply" });
      }
    });
}

function riskItemSchema(itemId: string, strictness: SchemaStrictness) {
  return z
    .object({
      criterionId: z.literal(itemId),
      likelihood: oneToFive("likelihood", strictness),
      impact: oneToFive("impact", strictness),
      status: z.enum(riskStatuses, { error: "Choose a status" }),
      mitigation: textField("Mitigation", 2000),
      owner: textField("Owner", 200),
      dueDate: isoDate,
      notes: textField("Notes"),
    })
    .superRefine((risk, ctx) => {
      if (strictness === "complete" && risk.mitigation.trim() !== "" && risk.owner.trim() === "") {
        ctx.addIssue({ code: "custom", path: ["owner"], message: "Name who owns this mitigation" });
      }
    });
}

function indicatorSchema(strictness: SchemaStrictness) {
  const name = textField("Indicator name", 300);
  return z.object({
    name: strictness === "complete" ? name.trim().min(1, "Name the indicator") : name,
    unit: textField("Unit", 50),
    target: z.preprocess(
      emptyToNull,
      strictness === "complete"
        ? amount("Target").refine((v) => v !== null, "Enter a target")
        : amount("Target"),
    ),
    actual: amount("Actual"),
  });
}

export function buildSectionSchema(section: ChecklistSection, strictness: SchemaStrictness) {
  if (section.kind === "indicators") {
    return z.object({ indicators: z.array(indicatorSchema(strictness)).max(50, "At most 50 indicators") });
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
    return new Map([[INDICATORS_KEY, z.array(indicatorSchema(strictness)).max(50, "At most 50 indicators")]]);
  }
  return new Map(
    section.items.map((item) => [item.id, item.answerType === "risk" ? riskItemSchema(item.id, strictness) : statusItemSchema(item.id, strictness)]),
  );
}

/** The key under which an indicators section saves its whole list. */
export const INDICATORS_KEY = "indicators";
