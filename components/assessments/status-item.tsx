"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { fieldId } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { answerValues } from "@/lib/scoring/config";
import type { SectionFormValues } from "@/lib/forms/section-values";
import { ItemHeader } from "./item-header";
import { ItemComments, type ItemComment } from "@/components/review/item-comments";
import { localize } from "@/lib/i18n/localized-text";

export function StatusItem({
  index,
  item,
  register,
  errors,
  comments,
  files,
}: {
  index: number;
  item: ChecklistItem;
  register: UseFormRegister<SectionFormValues>;
  errors: { value?: string; notes?: string; evidence?: string };
  comments?: ItemComment[];
  /** The item's evidence files (components/evidence), at the foot of its card. */
  files?: ReactNode;
}) {
  const t = useTranslations("section");
  const tAnswers = useTranslations("answers");
  const locale = useLocale();
  // Errors are message references (the form's and the server's alike): read in the reader's language.
  const text = useMessageText();
  const base = `items.${index}` as const;
  const valueId = fieldId(`${base}.value`);
  return (
    <div className={`item-card${errors.value || errors.notes ? " invalid" : ""}`} data-criterion={item.id} id={`item-${item.id}`}>
      <fieldset aria-describedby={`${valueId}-help${errors.value ? ` ${valueId}-error` : ""}`}>
        <ItemHeader item={item} as="legend" />
        <ItemComments comments={comments} />
        <p className="hint" id={`${valueId}-help`}>{localize(item.help, locale)}</p>
        {errors.value && <p className="field-error" id={`${valueId}-error`}>{text(errors.value)}</p>}
        <div className="choices">
          {answerValues.map((value, i) => (
            <label key={value}>
              <input type="radio" value={value} id={i === 0 ? valueId : undefined} {...register(`${base}.value`)} />
              {tAnswers(value)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row" style={{ marginTop: "0.75rem" }}>
        <div className={`field${errors.notes ? " invalid" : ""}`}>
          <label htmlFor={fieldId(`${base}.notes`)}>{t("notes")}</label>
          {errors.notes && <p className="field-error" id={`${fieldId(`${base}.notes`)}-error`}>{text(errors.notes)}</p>}
          <textarea
            id={fieldId(`${base}.notes`)}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? `${fieldId(`${base}.notes`)}-error` : undefined}
            {...register(`${base}.notes`)}
          />
        </div>
        <div className={`field${errors.evidence ? " invalid" : ""}`}>
          <label htmlFor={fieldId(`${base}.evidence`)}>{t("evidence")}</label>
          {errors.evidence && <p className="field-error">{text(errors.evidence)}</p>}
          <textarea id={fieldId(`${base}.evidence`)} placeholder={t("evidencePlaceholder")} {...register(`${base}.evidence`)} />
        </div>
      </div>
      {files}
    </div>
  );
}
