import { msg } from "@/lib/i18n/message-ref";

/**
 * Why a password of the right length is still refused, in our own words (never zxcvbn's English).
 * Light on purpose: the form and Better Auth's error mapping import it without the dictionary.
 */
export const passwordWeaknesses = ["common", "keyboard", "repeats", "dates", "personal", "guessable"] as const;
export type PasswordWeakness = (typeof passwordWeaknesses)[number];

/** The lowest zxcvbn score (0–4) a new password may have: 3 is "safely unguessable" online. */
export const PASSWORD_MIN_SCORE = 3;

const messageKeys: Record<PasswordWeakness, string> = {
  common: "validation.passwordTooCommon",
  keyboard: "validation.passwordKeyboardPattern",
  repeats: "validation.passwordRepeats",
  dates: "validation.passwordDates",
  personal: "validation.passwordPersonal",
  guessable: "validation.passwordEasyToGuess",
};

export const passwordWeaknessMessage = (weakness: PasswordWeakness) => msg(messageKeys[weakness]);

/** The code Better Auth answers with when our hook refuses a password (lib/auth/password-hook.ts). */
export const passwordWeaknessCode = (weakness: PasswordWeakness) => `PASSWORD_WEAK_${weakness.toUpperCase()}`;

/** Every such code with its message, for lib/auth/auth-error.ts. */
export const passwordWeaknessMessagesByCode: Record<string, string> = Object.fromEntries(
  passwordWeaknesses.map((w) => [passwordWeaknessCode(w), passwordWeaknessMessage(w)]),
);
