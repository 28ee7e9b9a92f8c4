import { participationModeById } from "@/lib/checklists/participation-modes";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import type { ProjectFacts } from "@/lib/domain/facts";

export function ProjectFactsLine({ project }: { project: ProjectFacts }) {
  const mode = participationModeById(project.participationMode);
  return (
    <p className="muted">
      {countryName(project.hostCountry)} · {project.sector} · {mode.label} · {formatMoney(project.budget, project.currency)} ·{" "}
      {project.startDate} to {project.endDate}
      {project.partners.length > 0 && <> · Partners: {project.partners.map((p) => p.name).join(", ")}</>}
    </p>
  );
}
