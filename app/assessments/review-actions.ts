"use server";

import { revalidatePath } from "next/cache";
import * as z from "@/lib/validation/zod";
import { addReviewNoteForOrg, approveAssessmentForOrg, reopenAssessmentForOrg, returnAssessmentForOrg } from "@/db/queries/review";
import { actionClient } from "@/lib/actions/safe-action";
import { approveSchema, assessmentIdField, commentSchema, returnSchema, thirdPartySchema } from "@/lib/forms/review-schema";

const byId = z.object({ assessmentId: assessmentIdField });

// Everything below the assessment (its pages, reports, history) shows the new state.
const refresh = (assessmentId: string) => revalidatePath(`/assessments/${assessmentId}`, "layout");

export const approveAssessmentAction = actionClient
  .metadata({ actionName: "approveAssessment", permission: "assessment:review" })
  .inputSchema(approveSchema)
  .action(async ({ parsedInput, ctx }) => {
    await approveAssessmentForOrg(ctx.session, parsedInput.assessmentId, parsedInput.comment);
    refresh(parsedInput.assessmentId);
    return { ok: true as const };
  });

export const returnAssessmentAction = actionClient
  .metadata({ actionName: "returnAssessment", permission: "assessment:review" })
  .inputSchema(returnSchema)
  .action(async ({ parsedInput, ctx }) => {
    const nextVersionId = await returnAssessmentForOrg(ctx.session, parsedInput.assessmentId, parsedInput);
    refresh(parsedInput.assessmentId);
    return { nextVersionId };
  });

export const reopenAssessmentAction = actionClient
  .metadata({ actionName: "reopenAssessment", permission: "assessment:review" })
  .inputSchema(byId)
  .action(async ({ parsedInput, ctx }) => {
    const nextVersionId = await reopenAssessmentForOrg(ctx.session, parsedInput.assessmentId);
    refresh(parsedInput.assessmentId);
    return { nextVersionId };
  });

export const addCommentAction = actionClient
  .metadata({ actionName: "addComment", permission: "assessment:comment" })
  .inputSchema(commentSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addReviewNoteForOrg(ctx.session, parsedInput.assessmentId, {
      kind: "comment",
      criterionId: parsedInput.criterionId,
      body: parsedInput.body,
      rating: null,
    });
    refresh(parsedInput.assessmentId);
    return { ok: true as const };
  });

export const addThirdPartyAssessmentAction = actionClient
  .metadata({ actionName: "addThirdPartyAssessment", permission: "assessment:third-party" })
  .inputSchema(thirdPartySchema)
  .action(async ({ parsedInput, ctx }) => {
    await addReviewNoteForOrg(ctx.session, parsedInput.assessmentId, {
      kind: "third_party",
      criterionId: null,
      body: parsedInput.body,
      rating: parsedInput.rating,
    });
    refresh(parsedInput.assessmentId);
    return { ok: true as const };
  });

