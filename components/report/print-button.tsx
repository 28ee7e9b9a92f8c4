"use client";

import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("report");
  return (
    <button className="button secondary no-print" type="button" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
