import { useTranslations } from "next-intl";
import type { ProjectReportPart } from "@/lib/report/project-report";
import { partTitle } from "./part-title";

/** A compact line of the project's stages and partner checks with their status. */
export function StageChips({ parts, partners }: { parts: ProjectReportPart[]; partners: ReadonlyArray<{ id: string; name: string }> }) {
  const t = useTranslations("projects");
  const tPortfolio = useTranslations("portfolio");
  const names = { stage: (s: "before" | "during" | "after") => tPortfolio(`stages.${s}`), partner: (name: string) => t("chipPartner", { name }) };
  return (
    <ul className="small" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {parts.map((part) => (
        <li key={part.key} style={part.key.startsWith("partner:") ? undefined : { whiteSpace: "nowrap" }}>
          {t("chipStage", { stage: partTitle(part, partners, names) })}
          <span className={part.report ? "" : "muted"} style={{ whiteSpace: "nowrap" }}>{t("chipStatus", { status: part.report?.status ?? "none" })}</span>
        </li>
      ))}
    </ul>
  );
}
