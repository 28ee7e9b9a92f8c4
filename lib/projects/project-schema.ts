import { z } from "zod";
import { participationModeIds } from "@/lib/checklists/definition-schema";
import { isCountryCode } from "./countries";
import { isCurrencyCode } from "./currencies";
import { decimalInput, MAX_AMOUNT } from "@/lib/forms/decimal-input";
import { storableDate, storableText } from "@/lib/forms/storable";

export const sectors = [
  "Education",
  "Health",
  "Poverty reduction",
  "Disaster relief",
  "Environment",
  "Water and sanitation",
  "Livelihoods",
  "Human rights",
  "Other",
] as const;

const text = (label: string, max: number) =>
  storableText(z.string({ error: `${label} is required` }), label).trim().min(1, `${label} is required`).max(max, `${label} is too long`);

const date = (label: string) => storableDate(z.iso.date({ error: `Enter the ${label} as a date` }), `The ${label}`);

const partnerSchema = z.object({
  id: z.uuid().optional(),
  name: text("Partner name", 200),
  country: z.string().refine(isCountryCode, "Choose the partner's country"),
});

/** The project form's schema: used by the form in the browser and re-checked by the server action. */
export const projectSchema = z
  .object({
    name: text("Project name", 200),
    summary: storableText(z.string(), "The summary").trim().max(2000, "The summary is too long"),
    hostCountry: z.string().refine(isCountryCode, "Choose the host country"),
    sector: z.enum(sectors, { error: "Choose a sector" }),
    participationMode: z.enum(participationModeIds, { error: "Choose a participation mode" }),
    budget: z.preprocess(
      decimalInput,
      z
        .number({ error: "Enter the budget as a number, like 25000 or 25000.50" })
        .positive("The budget must be more than zero")
        .max(MAX_AMOUNT, "The budget is too large"),
    ),
    currency: z.string().refine(isCurrencyCode, "Choose a currency"),
    startDate: date("start date"),
    endDate: date("end date"),
    partners: z.array(partnerSchema).max(20, "At most 20 partners"),
    /** When editing: the project's revision the form was loaded with, for the conflict check. */
    revision: z.number().int().min(0).optional(),
  })
  .refine((p) => p.endDate >= p.startDate, { path: ["endDate"], message: "The end date must be on or after the start date" });

export type ProjectInput = z.input<typeof projectSchema>;
export type ProjectValues = z.output<typeof projectSchema>;
