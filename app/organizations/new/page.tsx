import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateOrganizationForm } from "@/components/auth/create-organization-form";
import { getSignedInUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.newOrganization");
  return { title: t("metaTitle") };
}

export default async function NewOrganizationPage() {
  if (!(await getSignedInUser())) redirect("/sign-in?next=/organizations/new");
  const t = await getTranslations("auth.newOrganization");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <CreateOrganizationForm />
    </>
  );
}
