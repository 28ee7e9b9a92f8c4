import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ImportForm } from "@/components/exports/import-form";
import { requirePermission } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Import a project" };

export default async function ImportProjectPage() {
  await connection();
  await requirePermission("project:write");
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › Import
      </nav>
      <h1>Import a project</h1>
      <p className="muted">
        Import a JSON export from this app, for example from another server. It becomes a new project of your organisation, with its
        partners, every assessment version, answers, risks and indicators. The import checks that the reports come out with the same
        scores as in the file; if they do not, nothing is imported.
      </p>
      <ImportForm />
    </>
  );
}
