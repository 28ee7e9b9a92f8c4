import { describe, expect, it } from "vitest";
import { translateRef } from "@/lib/i18n/message-ref";
import { translatorFor } from "@/lib/i18n/translator";
import { authErrorRef } from "./auth-error";

const zh = (ref: string) => translateRef(translatorFor("zh-CN"), ref);
const en = (ref: string) => translateRef(translatorFor("en"), ref);

describe("Better Auth's errors in the reader's language", () => {
  it("maps the codes it answers with to our messages", () => {
    expect(zh(authErrorRef({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" }, "auth.errors.signInFailed"))).toBe("电子邮箱或密码不正确。");
    expect(en(authErrorRef({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" }, "auth.errors.signUpFailed"))).toBe("An account with this email address already exists. Sign in instead.");
    expect(zh(authErrorRef({ status: 400, code: "PASSWORD_TOO_SHORT" }, "auth.errors.signUpFailed"))).toBe("密码至少12个字符");
  });

  it("says why our own hook refused a password, not Better Auth's English", () => {
    expect(en(authErrorRef({ status: 400, code: "PASSWORD_WEAK_COMMON", message: "Password is too easy to guess" }, "auth.errors.signUpFailed"))).toBe(
      "This password is one of the most common ones. Choose a less obvious one, such as a few unrelated words",
    );
    expect(zh(authErrorRef({ status: 400, code: "PASSWORD_WEAK_GUESSABLE" }, "auth.errors.signUpFailed"))).toBe("这个密码太容易猜到。请加长密码，或使用几个互不相关的词");
  });

  it("rate limiting has its own message, whatever the code", () => {
    expect(en(authErrorRef({ status: 429, code: "INVALID_EMAIL_OR_PASSWORD" }, "auth.errors.signInFailed"))).toBe("Too many attempts. Wait a minute, then try again.");
  });

  it("a paused account says so, and for how long at most", () => {
    expect(en(authErrorRef({ status: 429, code: "ACCOUNT_SIGN_IN_PAUSED" }, "auth.errors.signInFailed"))).toContain("paused for up to 15 minutes");
    expect(zh(authErrorRef({ status: 429, code: "ACCOUNT_SIGN_IN_PAUSED" }, "auth.errors.signInFailed"))).toContain("最长 15 分钟");
  });

  it("an unknown code or no answer gets the form's fallback, never Better Auth's English", () => {
    expect(zh(authErrorRef({ status: 500, code: "SOMETHING_NEW", message: "Something new" }, "auth.errors.signUpFailed"))).toBe("账号未能注册，请重试。");
    expect(zh(authErrorRef(null, "auth.errors.acceptFailed"))).toBe("未能接受邀请。");
  });
});
