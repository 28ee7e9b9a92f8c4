"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import { forgetOfflinePages } from "@/components/offline/forget-offline-pages";
import { authClient } from "@/lib/auth/auth-client";
import { authErrorRef } from "@/lib/auth/auth-error";
import { safeNextPath, signInSchema } from "@/lib/forms/auth-schema";

type Values = { email: string; password: string };

export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations("auth.signIn");
  const text = useMessageText();
  // A message reference: read when shown, so it follows the language the page is in.
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { error: failure } = await authClient.signIn.email(values);
    if (failure) return setError(authErrorRef(failure, "auth.errors.signInFailed"));
    // Pages kept offline by someone whose session ended without signing out are not this person's.
    await forgetOfflinePages();
    // A full load: the new session cookie and organisation apply to every part of the page.
    window.location.assign(safeNextPath(next));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" style={{ maxWidth: 440 }}>
      {error && (
        <div className="notice error" role="alert">
          {text(error)}
        </div>
      )}
      <Field path="email" label={t("email")} error={errors.email?.message}>
        <input type="email" autoComplete="email" {...form.register("email")} {...describedBy("email", { error: errors.email?.message })} />
      </Field>
      <Field path="password" label={t("password")} error={errors.password?.message}>
        <input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...describedBy("password", { error: errors.password?.message })}
        />
      </Field>
      <div className="actions-row">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
        <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>{t("createAccount")}</Link>
      </div>
    </form>
  );
}
