import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/exports/import-form";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("importPage");
  return { title: t("title") };
}

export default async function ImportProjectPage() {
  await connection();
  await requirePermission("project:write");
  const t = await getTranslations("importPage");
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("projects")}</Link> › {t("import")}
      </nav>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ImportForm />
    </>
  );
}
