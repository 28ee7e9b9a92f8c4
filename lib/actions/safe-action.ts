import { ActionBindArgsValidationError, createSafeActionClient } from "next-safe-action";
import * as z from "@/lib/validation/zod";
import { can, permissions } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { readerText } from "@/lib/i18n/server-locale";
import { englishText } from "@/lib/i18n/translator";
import { getSessionContext } from "@/lib/session";

/** The English generic message (tests compare against it); readers get it in their language. */
export const GENERIC_ERROR_MESSAGE = englishText("errors.generic");

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string(), permission: z.enum(permissions) }),
  // Validation errors keep the library's default "formatted" shape (`{ partners: { 1: { name: { _errors } } } }`):
  // it keeps nested fields under their form path, and it is the shape the react-hook-form adapter maps onto
  // fields. Errors found by the action itself (a section's answers, an unfinished submit) use it too,
  // through returnValidationErrors, so every form reads one shape.
  defaultValidationErrorsShape: "formatted",
  // Expected errors answer in the reader's language (the error carries a message key).
  async handleServerError(error, { metadata }) {
    if (error instanceof UserFacingError) return readerText(error.ref);
    // Bound arguments are ids a page bound into the action: one that is not even a string names nothing.
    if (error instanceof ActionBindArgsValidationError) return readerText(new NotFoundError("things.editing").ref);
    // Unexpected: log it for us, show the user a plain message and no internals.
    console.error(`[action ${metadata?.actionName ?? "unknown"}]`, error);
    return readerText("errors.generic");
  },
}).use(async ({ next, metadata }) => {
  if (!metadata?.permission) throw new Error("Every action must declare a permission");
  const session = await getSessionContext();
  // Checked before the input is even parsed: a forbidden action learns nothing and changes nothing.
  if (!can(session.role, metadata.permission)) throw new ForbiddenError();
  return next({ ctx: { session } });
});
