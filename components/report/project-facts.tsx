import { useLocale, useTranslations } from "next-intl";
import type { ProjectFacts } from "@/lib/domain/facts";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { countryName } from "@/lib/projects/countries";
import { sectorLabel } from "@/lib/projects/sectors";

export function ProjectFactsLine({ project }: { project: ProjectFacts }) {
  const t = useTranslations();
  const locale = useLocale();
  const period = t("report.facts.period", { start: formatDay(project.startDate, locale), end: formatDay(project.endDate, locale) });
  return (
    <p className="muted">
      {countryName(project.hostCountry, locale)} · {sectorLabel(project.sector, (key) => t(`sectors.${key}`))} · {t(`modes.${project.participationMode}.label`)} ·{" "}
      {formatMoney(project.budget, project.currency, locale)} · {period}
      {project.partners.length > 0 && (
        <> · {t("report.facts.partners", { names: project.partners.map((p) => p.name).join(t("report.listSeparator")) })}</>
      )}
    </p>
  );
}
