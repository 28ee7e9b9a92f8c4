"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import { authClient } from "@/lib/auth/auth-client";
import { authErrorRef } from "@/lib/auth/auth-error";
import { PASSWORD_MIN, safeNextPath, strongSignUpSchema } from "@/lib/forms/auth-schema";

type Values = { name: string; email: string; password: string };

export function SignUpForm({ next }: { next: string | null }) {
  const t = useTranslations("auth.signUp");
  const text = useMessageText();
  // A message reference: read when shown, so it follows the language the page is in.
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(strongSignUpSchema), defaultValues: { name: "", email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { error: failure } = await authClient.signUp.email(values);
    if (failure) return setError(authErrorRef(failure, "auth.errors.signUpFailed"));
    // Invited people continue to their invitation; everyone else creates an organisation.
    // A full load: the new session cookie and organisation apply to every part of the page.
    window.location.assign(next ? safeNextPath(next) : "/organizations/new");
  });
  const field = (name: keyof Values, label: string, type: string, autoComplete: string, hint?: string) => (
    <Field path={name} label={label} hint={hint} error={errors[name]?.message}>
      <input type={type} autoComplete={autoComplete} {...form.register(name)} {...describedBy(name, { hint: Boolean(hint), error: errors[name]?.message })} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card" style={{ maxWidth: 440 }}>
      {error && (
        <div className="notice error" role="alert">
          {text(error)}
        </div>
      )}
      {field("name", t("name"), "text", "name")}
      {field("email", t("email"), "email", "email")}
      {field("password", t("password"), "password", "new-password", t("passwordHint", { min: PASSWORD_MIN }))}
      <div className="actions-row">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>{t("haveAccount")}</Link>
      </div>
    </form>
  );
}
