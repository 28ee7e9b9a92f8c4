import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getProjectForOrg, getProjectRevisionForOrg, listPartnersForOrg } from "@/db/queries/projects";
import { ProjectForm } from "@/components/projects/project-form";
import { countryList } from "@/lib/projects/countries";
import { currencyList } from "@/lib/projects/currencies";
import type { ProjectInput } from "@/lib/projects/project-schema";
import { requirePermission } from "@/lib/auth/guard";
import { updateProjectAction } from "../../actions";

export const metadata: Metadata = { title: "Edit project" };

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  await connection();
  const { projectId } = await params;
  const session = await requirePermission("project:write");
  const [project, revision] = await Promise.all([getProjectForOrg(session, projectId), getProjectRevisionForOrg(session, projectId)]);
  if (!project || revision === null) notFound();
  const partners = await listPartnersForOrg(session);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> › Edit
      </nav>
      <h1>Edit project</h1>
      <ProjectForm
        initial={{
          ...project,
          sector: project.sector as ProjectInput["sector"],
          partners: project.partners.map((p) => ({ id: p.id, name: p.name, country: p.country })),
          revision,
        }}
        countries={countryList}
        currencies={currencyList}
        knownPartners={partners}
        save={updateProjectAction.bind(null, project.id)}
        submitLabel="Save changes"
      />
    </>
  );
}
