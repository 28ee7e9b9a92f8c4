import * as z from "@/lib/validation/zod";
import { msg } from "@/lib/i18n/message-ref";
import { storableText } from "./storable";

/**
 * A risk the organisation adds to its DURING register. The form and the server action check with
 * this one schema; the section (its category) must be one of the register's risk sections, which
 * the query checks against the assessment's own checklist.
 */
export const ownRiskSchema = z.object({
  assessmentId: z.string().max(40),
  sectionId: z.string().min(1, msg("validation.ownRisk.chooseCategory")).max(100),
  title: storableText(z.string())
    .trim()
    .min(3, msg("validation.ownRisk.titleShort"))
    .max(160, msg("validation.ownRisk.titleLong")),
  description: storableText(z.string()).trim().max(600, msg("validation.ownRisk.descriptionLong")),
});

export type OwnRiskInput = z.infer<typeof ownRiskSchema>;
