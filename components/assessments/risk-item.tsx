"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useWatch, type Control, type UseFormRegister } from "react-hook-form";
import { fieldId } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import type { SectionFormValues } from "@/lib/forms/section-values";
import { ItemHeader } from "./item-header";
import { ItemComments, type ItemComment } from "@/components/review/item-comments";
import { riskStatuses, scoreRisk } from "@/lib/scoring/score-risks";
import { localize } from "@/lib/i18n/localized-text";

type RiskErrors = Partial<Record<"likelihood" | "impact" | "status" | "mitigation" | "owner" | "dueDate" | "notes", string>>;

const scale = ["1", "2", "3", "4", "5"] as const;

export function RiskItem({
  index,
  item,
  register,
  errors,
  control,
  comments,
  files,
  remove,
}: {
  index: number;
  item: ChecklistItem;
  register: UseFormRegister<SectionFormValues>;
  errors: RiskErrors;
  control: Control<SectionFormValues>;
  comments?: ItemComment[];
  /** The item's evidence files (components/evidence), at the foot of its card. */
  files?: ReactNode;
  /** For an own risk: its removal (own-risk-controls.tsx). */
  remove?: ReactNode;
}) {
  const t = useTranslations("section");
  const tStatus = useTranslations("riskStatuses");
  const locale = useLocale();
  const text = useMessageText();
  const base = `risks.${index}` as const;
  const [likelihood, impact, status] = useWatch({ control, name: [`${base}.likelihood`, `${base}.impact`, `${base}.status`] });
  // A risk that does not arise is not rated: the notes say why, and that is what the check asks for.
  const notApplicable = status === "not_applicable";
  const score = Number(likelihood) >= 1 && Number(impact) >= 1 ? scoreRisk(Number(likelihood), Number(impact)) : null;
  const input = (name: keyof RiskErrors, label: string, field: React.ReactNode) => (
    <div className={`field${errors[name] ? " invalid" : ""}`}>
      <label htmlFor={fieldId(`${base}.${name}`)}>{label}</label>
      {errors[name] && <p className="field-error" id={`${fieldId(`${base}.${name}`)}-error`}>{text(errors[name])}</p>}
      {field}
    </div>
  );
  const id = (name: keyof RiskErrors) => ({
    id: fieldId(`${base}.${name}`),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${fieldId(`${base}.${name}`)}-error` : undefined,
  });
  const ratingOptions = (
    <>
      <option value="">{t("notRated")}</option>
      {scale.map((n) => <option key={n} value={n}>{t(`scale.${n}`)}</option>)}
    </>
  );
  return (
    <fieldset className={`item-card${Object.values(errors).some(Boolean) ? " invalid" : ""}`} data-criterion={item.id} id={`item-${item.id}`}>
      <ItemHeader item={item} as="legend" />
      <ItemComments comments={comments} />
      {localize(item.help, locale) && <p className="hint">{localize(item.help, locale)}</p>}
      <div className="field-row">
        {input("likelihood", t("likelihood"), <select {...id("likelihood")} {...register(`${base}.likelihood`)}>{ratingOptions}</select>)}
        {input("impact", t("impact"), <select {...id("impact")} {...register(`${base}.impact`)}>{ratingOptions}</select>)}
        <div className="field">
          <span style={{ fontWeight: 600, display: "block" }}>{t("score")}</span>
          <output aria-live="polite">{notApplicable ? t("notScored") : score === null ? "—" : t("scoreOf", { score })}</output>
        </div>
        {input("status", t("status"), (
          <select {...id("status")} {...register(`${base}.status`)}>
            {riskStatuses.map((s) => <option key={s} value={s}>{tStatus(s)}</option>)}
          </select>
        ))}
      </div>
      {input("mitigation", t("mitigation"), (
        <textarea {...id("mitigation")} placeholder={item.mitigationHint && localize(item.mitigationHint, locale)} {...register(`${base}.mitigation`)} />
      ))}
      <div className="field-row">
        {input("owner", t("owner"), <input type="text" {...id("owner")} {...register(`${base}.owner`)} />)}
        {input("dueDate", t("dueDate"), <input type="date" {...id("dueDate")} {...register(`${base}.dueDate`)} />)}
      </div>
      {input("notes", t("notes"), (
        <>
          {notApplicable && <p className="hint">{t("notApplicableHint")}</p>}
          <textarea {...id("notes")} {...register(`${base}.notes`)} />
        </>
      ))}
      {files}
      {remove}
    </fieldset>
  );
}
