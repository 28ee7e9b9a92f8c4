import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listPartnersForOrg } from "@/db/queries/projects";
import { ProjectForm } from "@/components/projects/project-form";
import { countryList } from "@/lib/projects/countries";
import { currencyList } from "@/lib/projects/currencies";
import { requirePermission } from "@/lib/auth/guard";
import { createProjectAction } from "../actions";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  await connection();
  const partners = await listPartnersForOrg(await requirePermission("project:write"));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › New project
      </nav>
      <h1>New project</h1>
      <p className="muted">Record the project&apos;s basic facts. You can change them later.</p>
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
        countries={countryList}
        currencies={currencyList}
        knownPartners={partners}
        save={createProjectAction}
        submitLabel="Create project"
      />
    </>
  );
}
