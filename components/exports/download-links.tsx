import { useTranslations } from "next-intl";
import type { ProjectReportPart } from "@/lib/report/project-report";

type Link = { href: string; label: string; title: string };
type T = ReturnType<typeof useTranslations<"exports">>;

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

const tableLinks = (t: T, base: string): Link[] => [
  { href: `${base}?format=csv&table=answers`, label: t("links.answers"), title: t("links.answersTitle") },
  { href: `${base}?format=csv&table=risks`, label: t("links.risks"), title: t("links.risksTitle") },
  { href: `${base}?format=csv&table=indicators`, label: t("links.indicators"), title: t("links.indicatorsTitle") },
];

function Downloads({ groups, heading }: { groups: Array<{ label: string; links: Link[] }>; heading: string }) {
  return (
    <nav aria-label={heading} className="small no-print" style={{ margin: "0.75rem 0 1rem" }} data-testid="download-links">
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

const stages = ["before", "during", "after"] as const;
const isStage = (key: string): key is (typeof stages)[number] => (stages as readonly string[]).includes(key);

/**
 * "Before", or "Partner <name>", for the link; the assessment's full title for its tooltip. Both
 * from the part's key rather than its (English) label.
 */
function assessmentNames(t: T, tChecklists: ReturnType<typeof useTranslations<"checklists">>, key: string, partnerNames: ReadonlyMap<string, string>) {
  if (isStage(key)) return { short: t(`links.${key}`), full: tChecklists(key) };
  const name = partnerNames.get(key) ?? "";
  return { short: t("links.partner", { name }).trim(), full: t("partnerAssessment", { name }) };
}

/** The project's downloads: its tables as XLSX or CSV, JSON exports (whole project, or one assessment), and the project archive. */
export function ProjectDownloadLinks({ projectId, parts }: { projectId: string; parts: ProjectReportPart[] }) {
  const t = useTranslations("exports");
  const tChecklists = useTranslations("checklists");
  const base = `/projects/${projectId}/export`;
  const partnerNames = new Map(parts.flatMap((p) => (p.report ? p.report.project.partners.map((x) => [`partner:${x.id}`, x.name] as const) : [])));
  const assessments = parts.flatMap((p) => {
    if (!p.report) return [];
    const names = assessmentNames(t, tChecklists, p.key, partnerNames);
    return [{ href: `/assessments/${p.report.id}/export`, label: names.short, title: t("links.assessmentTitle", { assessment: names.full }) }];
  });
  const groups = [
    { label: "PDF", links: [{ href: `/projects/${projectId}/pdf`, label: t("links.pdfEveryStage"), title: t("links.pdfEveryStageTitle") }] },
    { label: "XLSX", links: [{ href: `${base}?format=xlsx`, label: t("links.workbook"), title: t("links.workbookTitle") }] },
    { label: "CSV", links: tableLinks(t, base) },
    { label: "JSON", links: [{ href: `${base}?format=json`, label: t("links.wholeProject"), title: t("links.wholeProjectTitle") }, ...assessments] },
    { label: "ZIP", links: [{ href: `${base}?format=zip`, label: t("links.archive"), title: t("links.archiveTitle") }] },
  ];
  return <Downloads heading={t("links.heading")} groups={groups} />;
}

/** The portfolio's downloads: every visible project's tables as XLSX or CSV. */
export function PortfolioDownloadLinks() {
  const t = useTranslations("exports");
  const base = "/projects/export";
  const groups = [
    { label: "XLSX", links: [{ href: `${base}?format=xlsx`, label: t("links.workbook"), title: t("links.portfolioWorkbookTitle") }] },
    { label: "CSV", links: tableLinks(t, base) },
  ];
  return <Downloads heading={t("links.headingAll")} groups={groups} />;
}
