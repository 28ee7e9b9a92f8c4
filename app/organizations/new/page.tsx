import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateOrganizationForm } from "@/components/auth/create-organization-form";
import { getSignedInUser } from "@/lib/session";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganizationPage() {
  if (!(await getSignedInUser())) redirect("/sign-in?next=/organizations/new");
  return (
    <>
      <h1>Create your organisation</h1>
      <p className="muted">Projects, assessments and members belong to an organisation; nobody outside it sees them.</p>
      <CreateOrganizationForm />
    </>
  );
}
