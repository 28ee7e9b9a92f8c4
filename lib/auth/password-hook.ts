import { APIError } from "better-auth/api";
import { passwordWeaknessCode } from "@/lib/forms/password-rule";
import { passwordWeakness } from "@/lib/forms/password-strength";
import type { AuthHookContext } from "./auth-hook-context";

/**
 * Better Auth checks a password's length only; this refuses the ones easy to guess on every
 * endpoint that sets one, whatever the browser checked. The code says why (lib/auth/auth-error.ts
 * maps it to our words); the English message is for logs.
 */
const passwordFields: Record<string, "password" | "newPassword"> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
};

export async function refuseWeakPassword(ctx: AuthHookContext) {
  const field = passwordFields[ctx.path];
  if (!field) return;
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const password = body[field];
  if (typeof password !== "string") return; // Better Auth's own validation answers for it
  const personal = [body.name, body.email].filter((v): v is string => typeof v === "string");
  const weakness = passwordWeakness(password, personal);
  if (weakness) {
    throw new APIError("BAD_REQUEST", { code: passwordWeaknessCode(weakness), message: "Password is too easy to guess" });
  }
}
