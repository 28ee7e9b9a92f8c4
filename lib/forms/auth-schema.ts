import * as z from "@/lib/validation/zod";
import { msg } from "@/lib/i18n/message-ref";
import { passwordWeaknessMessage } from "./password-rule";
import { storableText } from "./storable";

/** Better Auth's own limits (lib/auth/auth.ts): the form says them before the server has to. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const email = z.email({ error: msg("validation.emailInvalid") }).trim().toLowerCase();

export const signInSchema = z.object({
  email,
  password: z.string().min(1, msg("validation.passwordRequired")),
});

export const signUpSchema = z.object({
  name: storableText(z.string(), "validation.storableFields.yourName").trim().min(1, msg("validation.personNameRequired")).max(100, msg("validation.nameTooLong")),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN, msg("validation.passwordTooShort", { min: PASSWORD_MIN }))
    .max(PASSWORD_MAX, msg("validation.passwordTooLong", { max: PASSWORD_MAX })),
});

/**
 * The sign-up form's schema: the lengths above, then how easy the password is to guess (common
 * passwords, keyboard rows, repeats, the person's own name). The check and its dictionary load
 * on first use (a dynamic import), so they stay out of the pages' bundle; parse it with
 * safeParseAsync (react-hook-form's zodResolver does). Better Auth refuses the same passwords
 * (lib/auth/password-hook.ts), so this only says so sooner.
 */
export const strongSignUpSchema = signUpSchema.superRefine(async (values, ctx) => {
  if (values.password.length < PASSWORD_MIN || values.password.length > PASSWORD_MAX) return;
  const { passwordWeakness } = await import("./password-strength");
  const weakness = passwordWeakness(values.password, [values.name, values.email]);
  if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: passwordWeaknessMessage(weakness) });
});

export const organizationSchema = z.object({
  name: storableText(z.string(), "validation.storableFields.organizationName").trim().min(2, msg("validation.organizationNameRequired")).max(120, msg("validation.nameTooLong")),
});

/** A URL-safe slug from a name, with a short random suffix so two "Red Cross" never collide. */
export function slugFor(name: string) {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "organisation"}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Only same-site paths after sign-in: never an open redirect. */
export function safeNextPath(next: string | null | undefined) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}
