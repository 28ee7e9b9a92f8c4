import type * as z from "@/lib/validation/zod";
import { msg } from "@/lib/i18n/message-ref";

/**
 * What the database cannot keep, refused where the user typed it. Without these rules such values
 * passed the form, then failed inside the save's transaction with a generic "Something went wrong"
 * and the whole section unsaved.
 *
 * Refused with a message, not stripped: the text is the user's, and silently changing it (or a
 * file being imported, whose scores are then checked against what was stored) would hide the
 * problem instead of letting the user fix the one character.
 */

// PostgreSQL's text and jsonb cannot hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00").
const nul = /\u0000/;
// Half of a surrogate pair is not a character: UTF-8 cannot encode it (the driver would write U+FFFD)
// and jsonb refuses its \ud800 escape in the audit log. With the u flag a whole pair is one code point
// outside this range, so only lone halves match (isWellFormed() says the same, but older browsers lack it).
const loneSurrogate = /[\uD800-\uDFFF]/u;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** True when the database can keep the text as it is. */
export const isStorableText = (v: string) => !nul.test(v) && !loneSurrogate.test(v);

/**
 * Adds the database's text rules to a string schema. `label` names the field in the message: a
 * message key ("validation.sectionFields.notes"), read in the reader's language, or plain text.
 */
export function storableText<T extends z.ZodType<string>>(schema: T, label = "validation.storable.thisText"): T {
  return schema
    .refine((v) => !nul.test(v), msg("validation.storable.nul", { field: label }))
    .refine((v) => !loneSurrogate.test(v), msg("validation.storable.brokenCharacter", { field: label }));
}

/**
 * Keeps an ISO date or timestamp within years the app means: PostgreSQL refuses year 0000, and a
 * due date in 2206 is a slip of the keyboard, not a plan. A string that is not a date at all is left to the
 * schema's own format message, so the user sees one message, not two.
 */
export function storableDate<T extends z.ZodType<string>>(schema: T, label = "validation.storable.theDate"): T {
  return schema.refine((v) => {
    const year = /^(\d{4})-/.exec(v)?.[1];
    return year === undefined || (Number(year) >= MIN_YEAR && Number(year) <= MAX_YEAR);
    // The years go as strings: a number value would be formatted ("1,900").
  }, msg("validation.storable.yearRange", { field: label, min: String(MIN_YEAR), max: String(MAX_YEAR) }));
}
