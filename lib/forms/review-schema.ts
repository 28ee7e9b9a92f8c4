import { z } from "zod";
import { ratings } from "@/lib/scoring/config";
import { storableText } from "./storable";

const body = (what: string, max = 4000) =>
  storableText(z.string({ error: `${what} must be text` }), what).trim().min(1, `Write the ${what.toLowerCase()}`).max(max, `${what} is too long (at most ${max} characters)`);

const assessmentId = z.string({ error: "The assessment is missing" });

export const approveSchema = z.object({
  assessmentId,
  comment: storableText(z.string(), "The comment").trim().max(4000, "The comment is too long").default(""),
});

/** Returning needs a reason; comments on single items are optional. */
export const returnSchema = z.object({
  assessmentId,
  comment: body("Reason for returning"),
  items: z
    .array(z.object({ criterionId: z.string().regex(/^[A-Z]\.[A-Z.]+\d+$/, "Unknown criterion"), body: body("Comment", 2000) }))
    .max(100, "Too many item comments")
    .default([]),
});

export const commentSchema = z.object({
  assessmentId,
  criterionId: z.string().regex(/^[A-Z]\.[A-Z.]+\d+$/, "Unknown criterion").nullable().default(null),
  body: body("Comment"),
});

export const thirdPartySchema = z.object({
  assessmentId,
  rating: z.enum(ratings, { error: "Choose your rating" }),
  body: body("Assessment", 8000),
});
