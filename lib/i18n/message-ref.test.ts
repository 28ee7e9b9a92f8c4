import { describe, expect, it } from "vitest";
import { msg, readRef, translateRef, type Translate } from "./message-ref";

const messages: Record<string, string> = { "validation.tooLong": "At most {max} characters", "validation.required": "Required" };
const t = Object.assign((key: string, values?: Record<string, string | number>) =>
  messages[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name])), { has: (key: string) => key in messages }) as Translate;

describe("message references", () => {
  it("round-trips a key with its values", () => {
    expect(readRef(msg("validation.tooLong", { max: 2000 }))).toEqual({ key: "validation.tooLong", values: { max: 2000 } });
    expect(readRef(msg("validation.required"))).toEqual({ key: "validation.required" });
  });
  it("translates references and leaves people's own words alone", () => {
    expect(translateRef(t, msg("validation.tooLong", { max: 20 }))).toBe("At most 20 characters");
    expect(translateRef(t, "Budget approved. See notes.")).toBe("Budget approved. See notes.");
    expect(translateRef(t, "unknown.key")).toBe("unknown.key");
    expect(readRef("validation.tooLong|{oops")).toBeNull();
  });
});
