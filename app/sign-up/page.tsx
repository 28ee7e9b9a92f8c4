import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>Create an account</h1>
      <p className="muted">Then create your organisation, or accept the invitation you were sent.</p>
      <SignUpForm next={next ?? null} />
    </>
  );
}
