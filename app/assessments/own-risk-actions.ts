"use server";

import * as z from "@/lib/validation/zod";
import { addOwnRiskForOrg, removeOwnRiskForOrg } from "@/db/queries/own-risks";
import { actionClient } from "@/lib/actions/safe-action";
import { ownRiskSchema } from "@/lib/forms/own-risk-schema";

/** Adds the organisation's own risk to a DURING draft; the section page then shows it, unrated. */
export const addOwnRiskAction = actionClient
  .metadata({ actionName: "addOwnRisk", permission: "assessment:write" })
  .inputSchema(ownRiskSchema)
  .action(async ({ parsedInput, ctx }) => addOwnRiskForOrg(ctx.session, parsedInput));

/** Takes an own risk off a draft (the form asked first), with its rating and files. */
export const removeOwnRiskAction = actionClient
  .metadata({ actionName: "removeOwnRisk", permission: "assessment:write" })
  .inputSchema(z.object({ assessmentId: z.string().max(40), criterionId: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    await removeOwnRiskForOrg(ctx.session, parsedInput);
    return { removed: parsedInput.criterionId };
  });
