"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { localize } from "@/lib/i18n/localized-text";

/** Prompt, id, critical tag and source of a checklist item, in the reader's language; an own risk says who it comes from instead. */
export function ItemHeader({ item, as: Tag = "legend" }: { item: ChecklistItem; as?: "legend" | "h3" }) {
  const t = useTranslations("section");
  const tOwn = useTranslations("ownRisks");
  const locale = useLocale();
  const source = item.sources.map((s) => `${s.doc} ${localize(s.where, locale)}`).join("; ");
  return (
    <>
      <Tag style={{ fontWeight: 700, fontSize: "1.02rem" }}>
        {localize(item.prompt, locale)}
        {item.critical && <span className="critical-tag"> · {t("critical")}</span>}
      </Tag>
      <div className="item-head small">
        <span className="item-id">{item.id}</span>
        {item.ownRisk ? (
          <span className="badge own-risk">{tOwn("badge")}</span>
        ) : (
          <span className="muted">{t("weightAndSource", { weight: item.weight, source })}</span>
        )}
      </div>
    </>
  );
}
