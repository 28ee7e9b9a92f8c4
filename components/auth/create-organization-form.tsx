"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import { authClient } from "@/lib/auth/auth-client";
import { authErrorRef } from "@/lib/auth/auth-error";
import { organizationSchema, slugFor } from "@/lib/forms/auth-schema";

export function CreateOrganizationForm() {
  const t = useTranslations("auth.newOrganization");
  const text = useMessageText();
  // A message reference: read when shown, so it follows the language the page is in.
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ resolver: zodResolver(organizationSchema), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async ({ name }) => {
    setError(null);
    const { data, error: failure } = await authClient.organization.create({ name, slug: slugFor(name) });
    if (failure || !data) return setError(authErrorRef(failure, "auth.errors.createOrganizationFailed"));
    await authClient.organization.setActive({ organizationId: data.id });
    // A full load: the new session cookie and organisation apply to every part of the page.
    window.location.assign("/");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" style={{ maxWidth: 480 }}>
      {error && (
        <div className="notice error" role="alert">
          {text(error)}
        </div>
      )}
      <Field path="name" label={t("name")} hint={t("nameHint")} error={errors.name?.message}>
        <input type="text" {...form.register("name")} {...describedBy("name", { hint: true, error: errors.name?.message })} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
