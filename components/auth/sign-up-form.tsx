"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field } from "@/components/forms/field";
import { authClient, authErrorMessage } from "@/lib/auth/auth-client";
import { safeNextPath, signUpSchema } from "@/lib/forms/auth-schema";

type Values = { name: string; email: string; password: string };

export function SignUpForm({ next }: { next: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(signUpSchema), defaultValues: { name: "", email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { error: failure } = await authClient.signUp.email(values);
    if (failure) return setError(authErrorMessage(failure, "We could not create the account. Try again."));
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
          {error}
        </div>
      )}
      {field("name", "Your name", "text", "name")}
      {field("email", "Email", "email", "email")}
      {field("password", "Password", "password", "new-password", "At least 10 characters.")}
      <div className="actions-row">
        <button className="button" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create account"}
        </button>
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>I already have an account</Link>
      </div>
    </form>
  );
}
