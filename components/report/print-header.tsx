import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/i18n/format";

/** On paper the site header is hidden, so the printout says whose report it is and when it was made. */
export function PrintHeader({ organizationName }: { organizationName: string }) {
  const t = useTranslations("report");
  const locale = useLocale();
  return (
    <p className="print-only small muted" style={{ borderBottom: "1px solid #bbb", paddingBottom: "0.3rem" }}>
      {t("printHeader", { organization: organizationName, date: formatDay(new Date(), locale) })}
    </p>
  );
}
