import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN_SCORE, type PasswordWeakness } from "./password-rule";

/**
 * The strength check proper (zxcvbn-ts with its common-passwords dictionary, offline). About 1 MB:
 * the server imports it, the browser only through a dynamic import (auth-schema.ts), so the
 * dictionary is a chunk of its own fetched when someone signs up, not part of every page.
 */
let checker: ZxcvbnFactory | undefined;
const zxcvbn = () => (checker ??= new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }));

/** zxcvbn's warnings (plain keys when it has no translations) grouped into our reasons. */
const byWarning: Record<string, PasswordWeakness> = {
  topTen: "common",
  topHundred: "common",
  common: "common",
  similarToCommon: "common",
  pwned: "common",
  wordByItself: "common",
  namesByThemselves: "common",
  commonNames: "common",
  straightRow: "keyboard",
  keyPattern: "keyboard",
  simpleRepeat: "repeats",
  extendedRepeat: "repeats",
  sequences: "repeats",
  recentYears: "dates",
  dates: "dates",
  userInputs: "personal",
};

/**
 * Why a password is too easy to guess, or null when it is strong enough. `personal` words (the
 * person's name, email) count as guessable too. Length is checked separately (PASSWORD_MIN).
 */
export function passwordWeakness(password: string, personal: readonly string[] = []): PasswordWeakness | null {
  const inputs = personal.flatMap((p) => [p, ...p.split(/[\s@.+_-]+/)]).filter((p) => p.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  return (result.feedback.warning && byWarning[result.feedback.warning]) || "guessable";
}
