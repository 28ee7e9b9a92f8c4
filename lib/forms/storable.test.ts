import { describe, expect, it } from "vitest";
import * as z from "@/lib/validation/zod";
import { englishText } from "@/lib/i18n/translator";
import { isStorableText, storableDate, storableText } from "./storable";

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => englishText(i.message));
};

describe("storableText", () => {
  const notes = storableText(z.string().max(4000), "Notes");

  it("keeps ordinary text, including emoji, Chinese and line breaks", () => {
    expect(messages(notes, "Checked 👍🏽 with 水资源 staff\r\n\t\"quoted\"")).toEqual([]);
  });

  it("refuses a NUL character, naming the field", () => {
    expect(messages(notes, "before\u0000after")).toEqual(["Notes contains an invisible character (NUL) that cannot be saved: delete it"]);
  });

  it("refuses half of a surrogate pair, alone or at either end", () => {
    for (const value of ["\uD83D", "smile \uD83D", "\uDE00 smile", "a\uDE00\uD83Db"]) {
      expect(messages(notes, value)).toEqual(["Notes contains a broken character (half of an emoji or symbol) that cannot be saved: delete it"]);
    }
  });

  it("keeps the schema's own rules and its type", () => {
    const name = storableText(z.string().trim().max(3), "Name").min(1, "Name it");
    expect(messages(name, "   ")).toEqual(["Name it"]);
    expect(messages(name, "toolong")).toHaveLength(1);
    expect(name.parse("  ab ")).toBe("ab");
  });
});

it("isStorableText says the same as the schema", () => {
  expect(["ok 👍🏽", "", "水"].map(isStorableText)).toEqual([true, true, true]);
  expect(["a\u0000", "\uD83D", "\uDE00"].map(isStorableText)).toEqual([false, false, false]);
});

describe("storableDate", () => {
  const due = storableDate(z.iso.date("Enter the date as YYYY-MM-DD"), "The due date");

  it("keeps dates from 1900 to 2200", () => {
    for (const value of ["1900-01-01", "2026-05-31", "2200-12-31"]) expect(messages(due, value)).toEqual([]);
  });

  it("refuses year 0000, 1899 and 2201 with the range", () => {
    for (const value of ["0000-01-01", "1899-12-31", "2201-01-01"]) {
      expect(messages(due, value)).toEqual(["The due date must be between 1900 and 2200"]);
    }
  });

  it("leaves a string that is no date to the format's message alone", () => {
    expect(messages(due, "soon")).toEqual(["Enter the date as YYYY-MM-DD"]);
  });

  it("checks the year of a timestamp too", () => {
    const at = storableDate(z.iso.datetime({ offset: true }));
    expect(messages(at, "2026-05-31T10:42:00Z")).toEqual([]);
    expect(messages(at, "0000-05-31T10:42:00Z")).toEqual(["The date must be between 1900 and 2200"]);
  });
});
