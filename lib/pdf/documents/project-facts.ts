import { participationModeById } from "@/lib/checklists/participation-modes";
import { countryName } from "@/lib/projects/countries";
import { formatMoney } from "@/lib/projects/currencies";
import type { ProjectFacts } from "@/lib/domain/facts";
import type { CoverFact } from "./cover";

/** The project lines of a cover page, shared by the assessment and project PDFs. */
export function projectCoverFacts(project: ProjectFacts): CoverFact[] {
  return [
    { label: "Project", value: project.name },
    { label: "Country", value: countryName(project.hostCountry) },
    { label: "Sector", value: project.sector },
    { label: "Participation mode", value: participationModeById(project.participationMode).label },
    { label: "Budget", value: formatMoney(project.budget, project.currency) },
    { label: "Period", value: `${project.startDate} to ${project.endDate}` },
    { label: "Partners", value: project.partners.map((p) => p.name).join(", ") || "None recorded" },
  ];
}
