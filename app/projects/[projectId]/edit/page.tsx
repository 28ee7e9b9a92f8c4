import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getProjectForOrg, getProjectRevisionForOrg, listPartnersForOrg } from "@/db/queries/projects";
import { ProjectForm } from "@/components/projects/project-form";
import { countryList } from "@/lib/projects/countries";
import { currencyList } from "@/lib/projects/currencies";
import type { ProjectInput } from "@/lib/projects/project-schema";
import { requirePermission } from "@/lib/auth/guard";
import { serverLocale } from "@/lib/i18n/server-locale";
import { updateProjectAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("editProject") };
}

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const session = await requirePermission("project:write");
  const [project, revision] = await Promise.all([getProjectForOrg(session, projectId), getProjectRevisionForOrg(session, projectId)]);
  if (!project || revision === null) notFound();
  const [partners, t, tForm, locale] = await Promise.all([
    listPartnersForOrg(session),
    getTranslations("projects"),
    getTranslations("projectForm"),
    serverLocale(),
  ]);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("title")}</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> › {t("edit")}
      </nav>
      <h1>{t("editProject")}</h1>
      <ProjectForm
        initial={{
          ...project,
          sector: project.sector as ProjectInput["sector"],
          partners: project.partners.map((p) => ({ id: p.id, name: p.name, country: p.country })),
          revision,
        }}
        countries={countryList(locale)}
        currencies={currencyList(locale)}
        knownPartners={partners}
        save={updateProjectAction.bind(null, project.id)}
        submitLabel={tForm("save")}
      />
    </>
  );
}
