import Link from "next/link";
import type { ProjectFacts, AssessmentFacts } from "@/lib/domain/facts";
import { assessmentTitle } from "@/lib/report/format";

export function AssessmentHeader({ project, facts, trail }: { project: ProjectFacts; facts: AssessmentFacts; trail: string }) {
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/projects">Projects</Link> › <Link href={`/projects/${project.id}`}>{project.name}</Link> ›{" "}
        {assessmentTitle(facts)} › {trail}
      </nav>
    </>
  );
}
