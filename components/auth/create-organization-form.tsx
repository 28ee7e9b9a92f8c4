"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/field";
import { authClient, authErrorMessage } from "@/lib/auth/auth-client";
import { organizationSchema, slugFor } from "@/lib/forms/auth-schema";

export function CreateOrganizationForm() {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ name: string }>({ resolver: zodResolver(organizationSchema), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async ({ name }) => {
    setError(null);
    const { data, error: failure } = await authClient.organization.create({ name, slug: slugFor(name) });
    if (failure || !data) return setError(authErrorMessage(failure, "We could not create the organisation. Try again."));
    await authClient.organization.setActive({ organizationId: data.id });
    // A full load: the new session cookie and organisation apply to every part of the page.
    window.location.assign("/");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card" style={{ maxWidth: 480 }}>
      {error && (
        <div className="notice error" role="alert">
          {error}
        </div>
      )}
      <Field path="name" label="Organisation name" hint="You become its admin and can invite colleagues." error={errors.name?.message}>
        <input type="text" {...form.register("name")} {...describedBy("name", { hint: true, error: errors.name?.message })} />
      </Field>
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create organisation"}
      </button>
    </form>
  );
}
