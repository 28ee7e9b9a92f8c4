import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listPartnersForOrg } from "@/db/queries/projects";
import { ProjectForm } from "@/components/projects/project-form";
import { countryList } from "@/lib/projects/countries";
import { currencyList } from "@/lib/projects/currencies";
import { requirePermission } from "@/lib/auth/guard";
import { serverLocale } from "@/lib/i18n/server-locale";
import { createProjectAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("newProject") };
}

export default async function NewProjectPage() {
  await connection();
  const partners = await listPartnersForOrg(await requirePermission("project:write"));
  const [t, tForm, locale] = await Promise.all([getTranslations("projects"), getTranslations("projectForm"), serverLocale()]);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("title")}</Link> › {t("newProject")}
      </nav>
      <h1>{t("newProject")}</h1>
      <p className="muted">{t("newIntro")}</p>
      <ProjectForm
        initial={{
          name: "",
          summary: "",
          hostCountry: "",
          sector: "" as never,
          participationMode: "" as never,
          budget: "",
          currency: "USD",
          startDate: "",
          endDate: "",
          partners: [],
        }}
        countries={countryList(locale)}
        currencies={currencyList(locale)}
        knownPartners={partners}
        save={createProjectAction}
        submitLabel={tForm("create")}
      />
    </>
  );
}
