/**
 * Messages that travel as data (zod issues, errors a server action answers with) carry a message
 * key, not words: the reader's side turns them into their language. A reference is the key, and
 * its values after a "|" as JSON: "validation.tooLong|{\"max\":2000}".
 */
export type MessageValues = Record<string, string | number>;
export type MessageRef = { key: string; values?: MessageValues };

const refPattern = /^([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)(?:\|(\{.*\}))?$/;

/** A message reference to put where a string message is expected (zod's `error`, an issue's message). */
export function msg(key: string, values?: MessageValues): string {
  return values && Object.keys(values).length > 0 ? `${key}|${JSON.stringify(values)}` : key;
}

/** The key and values of a reference, or null for text that is not one (a person's own words). */
export function readRef(text: string): MessageRef | null {
  const found = refPattern.exec(text);
  const key = found?.[1];
  if (!found || !key) return null;
  if (!found[2]) return { key };
  try {
    const values: unknown = JSON.parse(found[2]);
    if (!values || typeof values !== "object" || Array.isArray(values)) return null;
    return { key, values: values as MessageValues };
  } catch {
    return null;
  }
}

/** The minimal translator shape both next-intl's server and client translators satisfy. */
export type Translate = {
  (key: string, values?: MessageValues): string;
  has(key: string): boolean;
};

/**
 * Several references read as one text (a list of problems): nested in a message of the caller's
 * choice with {first} and {rest}, e.g. "{first} {rest}" in English and "{first}{rest}" in Chinese,
 * so each language joins sentences its own way. translateRef reads it like any nested reference.
 */
export function msgJoin(joinKey: string, refs: readonly string[]): string {
  const [first, ...rest] = refs;
  if (first === undefined) return "";
  return rest.length === 0 ? first : msg(joinKey, { first, rest: msgJoin(joinKey, rest) });
}

/** Deeper than any message the app builds (a list of three problems in a refusal is four). */
const MAX_DEPTH = 8;

/**
 * Reads a message reference in the reader's language; anything else is shown as it came. A value
 * that is itself a reference ("things.project" in "{what} was not found", or a problem with its
 * own values) is read in that language too, at any depth.
 */
export function translateRef(t: Translate, text: string): string {
  return translateAt(t, text, 0);
}

function translateAt(t: Translate, text: string, depth: number): string {
  const ref = readRef(text);
  if (!ref || !t.has(ref.key)) return text;
  if (!ref.values) return t(ref.key);
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(ref.values)) {
    values[name] = typeof value === "string" && depth < MAX_DEPTH ? translateAt(t, value, depth + 1) : value;
  }
  return t(ref.key, values);
}
