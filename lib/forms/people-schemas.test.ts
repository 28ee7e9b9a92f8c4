import { describe, expect, it } from "vitest";
import type * as z from "@/lib/validation/zod";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";
import { signUpSchema } from "./auth-schema";
import { inviteSchema, memberSchema } from "./member-schema";
import { returnSchema, thirdPartySchema } from "./review-schema";

/** Every message zod gives for the input, read in a language. */
const messages = (schema: z.ZodType, input: unknown, locale: "en" | "zh-CN") =>
  (schema.safeParse(input).error?.issues ?? []).map((i) => translateRef(translatorFor(locale), i.message));

describe("account, member and review forms say what is wrong in the reader's language", () => {
  it("sign-up", () => {
    expect(messages(signUpSchema, { name: "", email: "a@b.org", password: "short" }, "en")).toEqual(["Enter your name", "Use at least 12 characters"]);
    expect(messages(signUpSchema, { name: "", email: "a@b.org", password: "short" }, "zh-CN")).toEqual(["请输入你的姓名", "密码至少12个字符"]);
  });

  it("members: the thing missing is named in the language too", () => {
    expect(messages(memberSchema, { memberId: "" }, "en")).toEqual(["The member is missing"]);
    expect(messages(memberSchema, { memberId: "" }, "zh-CN")).toEqual(["缺少该成员"]);
    expect(messages(inviteSchema, { email: "someone", role: "owner" }, "zh-CN")).toEqual(["请输入电子邮箱地址，例如name@example.org", "请选择角色"]);
  });

  it("review: one message per field, with its own words", () => {
    expect(messages(returnSchema, { assessmentId: "x", comment: " " }, "en")).toEqual(["Write the reason for returning"]);
    expect(messages(returnSchema, { assessmentId: "x", comment: " " }, "zh-CN")).toEqual(["请填写退回原因"]);
    expect(messages(thirdPartySchema, { assessmentId: "x", rating: "Moderate", body: "x".repeat(8001) }, "en")).toEqual(["Assessment is too long (at most 8000 characters)"]);
    expect(messages(thirdPartySchema, { assessmentId: 5, rating: "Great", body: "x" }, "zh-CN")).toEqual(["缺少该评估", "请选择你的评级"]);
  });
});
