import { describe, expect, it } from "vitest";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";
import { signUpSchema, strongSignUpSchema } from "./auth-schema";
import { passwordWeakness } from "./password-strength";

const person = { name: "Ines Founder", email: "ines@example.org" };
/** What the sign-up form says about a password, in a language. */
async function passwordMessages(password: string, locale: "en" | "zh-CN" = "en") {
  const result = await strongSignUpSchema.safeParseAsync({ ...person, password });
  return (result.error?.issues ?? []).filter((i) => i.path[0] === "password").map((i) => translateRef(translatorFor(locale), i.message));
}

describe("a new password", () => {
  it("has at least 12 characters", async () => {
    expect(await passwordMessages("kettle-orb1")).toEqual(["Use at least 12 characters"]);
    expect(await passwordMessages("kettle-orb1", "zh-CN")).toEqual(["密码至少12个字符"]);
    expect(signUpSchema.safeParse({ ...person, password: "kettle-orb1" }).success).toBe(false);
  });

  it("refuses the ones easy to guess, saying why in the reader's language", async () => {
    expect(await passwordMessages("aaaaaaaaaaaa")).toEqual([
      "This password repeats characters or follows a sequence (like abcd or 1234). Choose a less obvious one, such as a few unrelated words",
    ]);
    expect(await passwordMessages("password1234")).toEqual([
      "This password is one of the most common ones. Choose a less obvious one, such as a few unrelated words",
    ]);
    expect(await passwordMessages("qwertyuiop12", "zh-CN")).toEqual(["这个密码属于最常见的密码。请换一个不容易猜到的，例如几个互不相关的词"]);
    expect(await passwordMessages("abcdefghijkl", "zh-CN")).toEqual(["这个密码重复字符或按顺序排列（如abcd、1234）。请换一个不容易猜到的，例如几个互不相关的词"]);
  });

  it("refuses one made of the person's own name", async () => {
    expect(await passwordMessages("ines founder 1")).toEqual(["This password contains your name or email address. Choose one that has nothing to do with you"]);
    expect(passwordWeakness("ines founder 1")).toBeNull();
  });

  it("accepts a long one made of unrelated words, such as the demo password", async () => {
    expect(await passwordMessages("kettle-orbit-lantern")).toEqual([]);
    expect(await passwordMessages("demo-password-2026")).toEqual([]);
    expect(passwordWeakness("demo-password-2026", ["Demo Manager", "manager@demo.org"])).toBeNull();
  });
});
