import { ActionBindArgsValidationError, createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { can, permissions } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { getSessionContext } from "@/lib/session";

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Your last changes may not be saved; please try again.";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string(), permission: z.enum(permissions) }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error, { metadata }) {
    if (error instanceof UserFacingError) return error.message;
    // Bound arguments are ids a page bound into the action: one that is not even a string names nothing.
    if (error instanceof ActionBindArgsValidationError) return new NotFoundError("What you are editing").message;
    // Unexpected: log it for us, show the user a plain message and no internals.
    console.error(`[action ${metadata?.actionName ?? "unknown"}]`, error);
    return GENERIC_ERROR_MESSAGE;
  },
}).use(async ({ next, metadata }) => {
  if (!metadata?.permission) throw new Error("Every action must declare a permission");
  const session = await getSessionContext();
  // Checked before the input is even parsed: a forbidden action learns nothing and changes nothing.
  if (!can(session.role, metadata.permission)) throw new ForbiddenError();
  return next({ ctx: { session } });
});

export type FormValidationErrors = { formErrors: string[]; fieldErrors: Partial<Record<string, string[]>> };

/**
 * The "flattened" shape, except that errors of nested fields are kept under their form path
 * ("partners.0.name", as react-hook-form names fields): next-safe-action's own flattening drops
 * them, which answered a bad partner with validation errors that held no message at all.
 */
export async function flattenWithPaths(errors: object): Promise<FormValidationErrors> {
  const shaped: FormValidationErrors = { formErrors: [], fieldErrors: {} };
  const walk = (node: object, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors" && Array.isArray(value)) {
        if (path.length === 0) shaped.formErrors.push(...value);
        else (shaped.fieldErrors[path.join(".")] ??= []).push(...value);
      } else if (value && typeof value === "object") walk(value, [...path, key]);
    }
  };
  walk(errors, []);
  return shaped;
}
