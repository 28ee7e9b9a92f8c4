import type { ProjectReportPart } from "@/lib/report/project-report";

type Link = { href: string; label: string; title: string };

function LinkGroup({ label, links }: { label: string; links: Link[] }) {
  return (
    <li>
      <span className="muted">{label}:</span>{" "}
      {links.map((link, i) => (
        <span key={link.href}>
          {i > 0 && " · "}
          <a href={link.href} download title={link.title}>
            {link.label}
          </a>
        </span>
      ))}
    </li>
  );
}

const tableLinks = (base: string): Link[] => [
  { href: `${base}?format=csv&table=answers`, label: "answers", title: "Answers as CSV" },
  { href: `${base}?format=csv&table=risks`, label: "risks", title: "Risks as CSV" },
  { href: `${base}?format=csv&table=indicators`, label: "indicators", title: "Indicators as CSV" },
];

function Downloads({ groups, heading }: { groups: Array<{ label: string; links: Link[] }>; heading: string }) {
  return (
    <nav aria-label={heading} className="small no-print" style={{ margin: "0 0 1rem" }} data-testid="download-links">
      <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "flex", flexWrap: "wrap", gap: "0.25rem 1.5rem" }}>
        <li>
          <strong>{heading}</strong>
        </li>
        {groups.map((g) => (
          <LinkGroup key={g.label} label={g.label} links={g.links} />
        ))}
      </ul>
    </nav>
  );
}

const stageShortLabels: Record<string, string> = { before: "Before", during: "During", after: "After" };

/** "Before", or "Partner <name>": the link text, from the part's key rather than its wording. */
function shortLabel(key: string, partnerNames: ReadonlyMap<string, string>): string {
  return stageShortLabels[key] ?? `Partner ${partnerNames.get(key) ?? ""}`.trim();
}

/** The project's downloads: its tables as XLSX or CSV, and JSON exports (whole project, or one assessment). */
export function ProjectDownloadLinks({ projectId, parts }: { projectId: string; parts: ProjectReportPart[] }) {
  const base = `/projects/${projectId}/export`;
  const partnerNames = new Map(parts.flatMap((p) => (p.report ? p.report.project.partners.map((x) => [`partner:${x.id}`, x.name] as const) : [])));
  const assessments = parts.flatMap((p) =>
    p.report ? [{ href: `/assessments/${p.report.id}/export`, label: shortLabel(p.key, partnerNames), title: `${p.label} as JSON` }] : [],
  );
  const groups = [
    { label: "PDF", links: [{ href: `/projects/${projectId}/pdf`, label: "every stage", title: "The project report with every stage, as a PDF" }] },
    { label: "XLSX", links: [{ href: `${base}?format=xlsx`, label: "answers, risks, indicators", title: "All three tables as an Excel workbook" }] },
    { label: "CSV", links: tableLinks(base) },
    { label: "JSON", links: [{ href: `${base}?format=json`, label: "whole project", title: "The project and every assessment version, for import" }, ...assessments] },
  ];
  return <Downloads heading="Download" groups={groups} />;
}

/** The portfolio's downloads: every visible project's tables as XLSX or CSV. */
export function PortfolioDownloadLinks() {
  const base = "/projects/export";
  const groups = [
    { label: "XLSX", links: [{ href: `${base}?format=xlsx`, label: "answers, risks, indicators", title: "All projects, three tables, as an Excel workbook" }] },
    { label: "CSV", links: tableLinks(base) },
  ];
  return <Downloads heading="Download all projects" groups={groups} />;
}
