import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/forms/auth-schema";
import { passwordWeaknessMessagesByCode } from "@/lib/forms/password-rule";
import { msg } from "@/lib/i18n/message-ref";

/** What Better Auth's client answers with when a call fails: its error code, and English words. */
export type AuthFailure = { status?: number; code?: string; message?: string } | null | undefined;

/**
 * Better Auth's error codes (its words are English only) as our message keys. Codes not named
 * here get the form's own fallback rather than Better Auth's English.
 */
const byCode: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: msg("auth.errors.signInFailed"),
  INVALID_PASSWORD: msg("auth.errors.signInFailed"),
  CREDENTIAL_ACCOUNT_NOT_FOUND: msg("auth.errors.signInFailed"),
  USER_NOT_FOUND: msg("auth.errors.signInFailed"),
  USER_ALREADY_EXISTS: msg("auth.errors.userExists"),
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: msg("auth.errors.userExists"),
  PASSWORD_TOO_SHORT: msg("validation.passwordTooShort", { min: PASSWORD_MIN }),
  PASSWORD_TOO_LONG: msg("validation.passwordTooLong", { max: PASSWORD_MAX }),
  // Our own hook's codes (lib/auth/password-hook.ts): why the password is too easy to guess.
  ...passwordWeaknessMessagesByCode,
  INVALID_EMAIL: msg("validation.emailInvalid"),
  EMAIL_NOT_VERIFIED: msg("auth.errors.emailNotVerified"),
  ORGANIZATION_ALREADY_EXISTS: msg("auth.errors.organizationExists"),
  ORGANIZATION_SLUG_ALREADY_TAKEN: msg("auth.errors.organizationExists"),
  YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION: msg("auth.errors.notRecipient"),
  INVITATION_NOT_FOUND: msg("auth.errors.invitationNotFound"),
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: msg("auth.errors.alreadyMember"),
};

/**
 * A failed Better Auth call as a message reference (lib/i18n/message-ref.ts) the form reads in the
 * reader's language with useMessageText(); rate limiting has its own message.
 */
export function authErrorRef(error: AuthFailure, fallbackKey: string): string {
  if (!error) return msg(fallbackKey);
  // Checked first: a paused account is also a 429, but needs its own words (how long to wait).
  if (error.code === "ACCOUNT_SIGN_IN_PAUSED") return msg("auth.errors.accountPaused");
  if (error.status === 429) return msg("auth.errors.tooManyAttempts");
  return (error.code && byCode[error.code]) || msg(fallbackKey);
}
