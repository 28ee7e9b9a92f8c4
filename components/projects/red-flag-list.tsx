import { useTranslations } from "next-intl";
import type { ProjectReport } from "@/lib/report/project-report";

/** The project's red flags, as the report words them in the reader's language (the page builds it so). */
export function RedFlagList({ report }: { report: ProjectReport }) {
  const t = useTranslations("projects");
  return (
    <ul className="red-flag small">
      {report.overall.redFlags.map((flag, i) => (
        <li key={i}>
          {flag.criterionId ? `${flag.criterionId} ` : ""}
          {flag.text} <span className="muted">{t("flagPart", { part: flag.part })}</span>
        </li>
      ))}
    </ul>
  );
}
