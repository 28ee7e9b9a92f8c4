import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locales";
import { messagesByLocale } from "@/lib/i18n/messages/messages";
import { signInSchema } from "@/lib/forms/auth-schema";
import { SignInForm } from "./sign-in-form";

const render = (locale: Locale, node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesByLocale[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );

/** The message zod gives a field for this input: what the form's resolver hands to <Field>. */
const issueFor = (input: object, field: string) => signInSchema.safeParse(input).error?.issues.find((i) => i.path[0] === field)?.message;

describe("sign-in form", () => {
  it("reads in Chinese", () => {
    const html = render("zh-CN", <SignInForm next={null} />);
    expect(html).toContain(">电子邮箱</label>");
    expect(html).toContain(">密码</label>");
    expect(html).toContain(">登录</button>");
    expect(html).toContain(">注册账号</a>");
  });

  it("shows the schema's validation message in the reader's language", () => {
    const emailError = issueFor({ email: "not an address", password: "" }, "email");
    const passwordError = issueFor({ email: "not an address", password: "" }, "password");
    const field = (error?: string) => (
      <Field path="email" label="x" error={error}>
        <input />
      </Field>
    );
    expect(render("zh-CN", field(emailError))).toContain("请输入你的电子邮箱地址，例如name@example.org");
    expect(render("zh-CN", field(passwordError))).toContain("请输入密码");
    expect(render("en", field(emailError))).toContain("Enter your email address, like name@example.org");
  });
});
