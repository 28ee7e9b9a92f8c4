import { createHmac } from "node:crypto";
import { APIError, isAPIError } from "better-auth/api";
import { clearFailedSignIns, recordFailedSignIn, signInPausedUntil, type FailureRule } from "@/db/queries/sign-in-failures";
import type { AuthHookContext } from "./auth-hook-context";

/**
 * Slows down guessing at one account from many addresses: after 10 failed sign-ins within 15
 * minutes the account's sign-in is paused for 15 minutes. The per-address limiter (Better Auth's
 * own) cannot see this, as each guess may come from a new address. The answer is the same whether
 * or not the account exists: the count is kept for the address typed, not for a user.
 */
export const accountFailureRule: FailureRule = { limit: 10, windowMinutes: 15, pauseMinutes: 15 };
export const ACCOUNT_PAUSED_CODE = "ACCOUNT_SIGN_IN_PAUSED";

/** A keyed hash of the typed address: the table never holds the addresses people tried. */
export function accountKey(email: string, secret: string): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex");
}

function typedEmail(ctx: AuthHookContext): string | null {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() ? email : null;
}

export async function refusePausedAccount(ctx: AuthHookContext) {
  if (ctx.path !== "/sign-in/email") return;
  const email = typedEmail(ctx);
  if (!email) return;
  const until = await signInPausedUntil(accountKey(email, ctx.context.secret));
  if (!until) return;
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { code: ACCOUNT_PAUSED_CODE, message: "Too many failed sign-ins for this account; try again later" },
    { "Retry-After": String(seconds) },
  );
}

/** After a sign-in: a wrong password counts, a right one clears the count. */
export async function countSignInOutcome(ctx: AuthHookContext) {
  if (ctx.path !== "/sign-in/email") return;
  const email = typedEmail(ctx);
  if (!email) return;
  const key = accountKey(email, ctx.context.secret);
  const returned = ctx.context.returned;
  if (isAPIError(returned)) {
    // Only a wrong address or password counts; a refused weak password or a malformed body does not.
    if (returned.statusCode === 401) await recordFailedSignIn(key, accountFailureRule);
    return;
  }
  await clearFailedSignIns(key);
}
