import * as z from "@/lib/validation/zod";
import { msg } from "@/lib/i18n/message-ref";
import { ratings } from "@/lib/scoring/config";
import { storableText } from "./storable";

/** Which text a review message is about: the `field` the validation.reviewText* messages choose their words by. */
type ReviewText = "returnReason" | "comment" | "assessment";
// storableText still names the field in English (lib/forms/storable.ts is shared and says it so).
const storableLabel: Record<ReviewText, string> = {
  returnReason: "validation.storableFields.returnReason",
  comment: "validation.storableFields.comment",
  assessment: "validation.storableFields.assessment",
};

const body = (field: ReviewText, max = 4000) =>
  storableText(z.string({ error: msg("validation.reviewTextNotText", { field }) }), storableLabel[field])
    .trim()
    .min(1, msg("validation.reviewTextRequired", { field }))
    .max(max, msg("validation.reviewTextTooLong", { field, max }));

export const assessmentIdField = z.string({ error: msg("validation.idMissing", { what: "things.assessment" }) });
const criterionId = z.string().regex(/^[A-Z]\.[A-Z.]+\d+$/, msg("validation.unknownCriterion"));

export const approveSchema = z.object({
  assessmentId: assessmentIdField,
  comment: storableText(z.string(), "validation.storableFields.theComment").trim().max(4000, msg("validation.reviewCommentTooLong")).default(""),
});

/** Returning needs a reason; comments on single items are optional. */
export const returnSchema = z.object({
  assessmentId: assessmentIdField,
  comment: body("returnReason"),
  items: z
    .array(z.object({ criterionId, body: body("comment", 2000) }))
    .max(100, msg("validation.tooManyItemComments"))
    .default([]),
});

export const commentSchema = z.object({
  assessmentId: assessmentIdField,
  criterionId: criterionId.nullable().default(null),
  body: body("comment"),
});

export const thirdPartySchema = z.object({
  assessmentId: assessmentIdField,
  rating: z.enum(ratings, { error: msg("validation.ratingRequired") }),
  body: body("assessment", 8000),
});
