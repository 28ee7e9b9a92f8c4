import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { messagesByLocale } from "./messages/messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The placeholders a message uses ({name}, {count, plural, …}, <b>…</b>), nested ones included. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) placeholders(option.value, into);
    }
    if (el.type === TYPE.tag) placeholders(el.children, into);
  }
  return into;
}

const english = flatten(messagesByLocale.en as Tree);

describe("messages files", () => {
  for (const locale of locales) {
    const messages = flatten(messagesByLocale[locale] as Tree);

    it(`${locale} has exactly English's keys`, () => {
      expect([...messages.keys()].filter((k) => !english.has(k)), "keys English lacks").toEqual([]);
      expect([...english.keys()].filter((k) => !messages.has(k)), `keys ${locale} lacks`).toEqual([]);
    });

    it(`${locale} messages are not empty and parse as ICU`, () => {
      for (const [key, text] of messages) {
        expect(text.trim(), key).not.toBe("");
        expect(() => parse(text), key).not.toThrow();
      }
    });

    it(`${locale} uses the same placeholders as English`, () => {
      for (const [key, text] of messages) {
        const theirs = english.get(key);
        if (theirs === undefined) continue;
        expect([...placeholders(parse(text))].sort(), key).toEqual([...placeholders(parse(theirs))].sort());
      }
    });
  }
});
