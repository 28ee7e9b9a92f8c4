import * as z from "@/lib/validation/zod";
import { participationModeIds } from "@/lib/checklists/definition-schema";
import { msg } from "@/lib/i18n/message-ref";
import { isCountryCode } from "./countries";
import { isCurrencyCode } from "./currencies";
import { decimalInput, MAX_AMOUNT } from "@/lib/forms/decimal-input";
import { storableDate, storableText } from "@/lib/forms/storable";
import { sectors } from "./sectors";

// Kept here too: exports and imports read the list from this module.
export { sectors } from "./sectors";

/** A required line of text; messages are references (validation.*) the form reads in the reader's language. */
const text = (storableLabel: string, required: string, tooLong: string, max: number) =>
  storableText(z.string({ error: msg(required) }), storableLabel).trim().min(1, msg(required)).max(max, msg(tooLong));

const date = (storableLabel: string, notADate: string) => storableDate(z.iso.date({ error: msg(notADate) }), storableLabel);

const partnerSchema = z.object({
  id: z.uuid().optional(),
  name: text("validation.storableFields.partnerName", "validation.partnerNameRequired", "validation.partnerNameTooLong", 200),
  country: z.string().refine(isCountryCode, msg("validation.partnerCountry")),
});

/** The project form's schema: used by the form in the browser and re-checked by the server action. */
export const projectSchema = z
  .object({
    name: text("validation.storableFields.projectName", "validation.projectNameRequired", "validation.projectNameTooLong", 200),
    summary: storableText(z.string(), "validation.storableFields.summary").trim().max(2000, msg("validation.projectSummaryTooLong")),
    hostCountry: z.string().refine(isCountryCode, msg("validation.projectHostCountry")),
    sector: z.enum(sectors, { error: msg("validation.projectSector") }),
    participationMode: z.enum(participationModeIds, { error: msg("validation.projectParticipationMode") }),
    budget: z.preprocess(
      decimalInput,
      z
        .number({ error: msg("validation.projectBudgetNumber") })
        .positive(msg("validation.projectBudgetPositive"))
        .max(MAX_AMOUNT, msg("validation.projectBudgetTooLarge")),
    ),
    currency: z.string().refine(isCurrencyCode, msg("validation.projectCurrency")),
    startDate: date("validation.storableFields.startDate", "validation.projectStartDate"),
    endDate: date("validation.storableFields.endDate", "validation.projectEndDate"),
    partners: z.array(partnerSchema).max(20, msg("validation.projectPartnersMax", { max: 20 })),
    /** When editing: the project's revision the form was loaded with, for the conflict check. */
    revision: z.number().int().min(0).optional(),
  })
  .refine((p) => p.endDate >= p.startDate, { path: ["endDate"], message: msg("validation.projectEndBeforeStart") });

export type ProjectInput = z.input<typeof projectSchema>;
export type ProjectValues = z.output<typeof projectSchema>;
