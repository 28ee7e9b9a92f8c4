import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { UserFacingError } from "@/lib/errors";
import { getSessionContext } from "@/lib/session";

/** What an action may do; every action declares one up front, and one without it cannot run. */
export const permissions = ["project:write", "assessment:write", "assessment:submit"] as const;
export type Permission = (typeof permissions)[number];

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Your last changes may not be saved; please try again.";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string(), permission: z.enum(permissions) }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error, { metadata }) {
    if (error instanceof UserFacingError) return error.message;
    // Unexpected: log it for us, show the user a plain message and no internals.
    console.error(`[action ${metadata?.actionName ?? "unknown"}]`, error);
    return GENERIC_ERROR_MESSAGE;
  },
}).use(async ({ next, metadata }) => {
  if (!metadata?.permission) throw new Error("Every action must declare a permission");
  const session = await getSessionContext();
  // Roles arrive with accounts; the demo user may do everything.
  return next({ ctx: { session } });
});
