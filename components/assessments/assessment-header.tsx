import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ProjectFacts, AssessmentFacts } from "@/lib/domain/facts";
import type { Translate } from "@/lib/i18n/message-ref";
import { assessmentHeading } from "./assessment-title";

export async function AssessmentHeader({ project, facts, trail }: { project: ProjectFacts; facts: AssessmentFacts; trail: string }) {
  const [t, root] = await Promise.all([getTranslations("assessment"), getTranslations()]);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/projects">{t("projects")}</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> ›{" "}
        {assessmentHeading(facts, root as unknown as Translate)} › {trail}
      </nav>
    </>
  );
}
