import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { storableText } from "./storable";

/** Better Auth's own limits (lib/auth/auth.ts): the form says them before the server has to. */
export const PASSWORD_MIN = 10;
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
