import { describe, expect, it } from "vitest";
import { msg, msgJoin, readRef, translateRef, type Translate } from "./message-ref";

const messages: Record<string, string> = {
  "validation.tooLong": "At most {max} characters",
  "validation.required": "Required",
  "errors.refused": "{problem} Nothing was imported.",
  "problems.version": "Version {version} is missing.",
  "problems.join": "{first} {rest}",
};
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

  it("translates references nested in values, with their own values, at any depth", () => {
    const problems = msgJoin("problems.join", [msg("problems.version", { version: 7 }), msg("validation.tooLong", { max: 5 }), "B.CTX.99 is odd."]);
    expect(translateRef(t, msg("errors.refused", { problem: problems }))).toBe("Version 7 is missing. At most 5 characters B.CTX.99 is odd. Nothing was imported.");
    expect(msgJoin("problems.join", [msg("validation.required")])).toBe("validation.required");
    expect(msgJoin("problems.join", [])).toBe("");
    // A value that only looks like a key (a project named "v1.2") is left as it came.
    expect(translateRef(t, msg("problems.version", { version: "v1.2" }))).toBe("Version v1.2 is missing.");
  });
});
