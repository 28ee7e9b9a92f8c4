"use client";

import type { UseFormRegister } from "react-hook-form";
import { fieldId } from "@/components/forms/field";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import { answerLabels, answerValues } from "@/lib/scoring/config";
import type { SectionFormValues } from "@/lib/forms/section-values";
import { ItemHeader } from "./item-header";
import { localize } from "@/lib/i18n/localized-text";

export function StatusItem({
  index,
  item,
  register,
  errors,
}: {
  index: number;
  item: ChecklistItem;
  register: UseFormRegister<SectionFormValues>;
  errors: { value?: string; notes?: string; evidence?: string };
}) {
  const base = `items.${index}` as const;
  const valueId = fieldId(`${base}.value`);
  return (
    <div className={`item-card${errors.value || errors.notes ? " invalid" : ""}`} data-criterion={item.id}>
      <fieldset aria-describedby={`${valueId}-help${errors.value ? ` ${valueId}-error` : ""}`}>
        <ItemHeader item={item} as="legend" />
        <p className="hint" id={`${valueId}-help`}>{localize(item.help, "en")}</p>
        {errors.value && <p className="field-error" id={`${valueId}-error`}>{errors.value}</p>}
        <div className="choices">
          {answerValues.map((value, i) => (
            <label key={value}>
              <input type="radio" value={value} id={i === 0 ? valueId : undefined} {...register(`${base}.value`)} />
              {answerLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row" style={{ marginTop: "0.75rem" }}>
        <div className={`field${errors.notes ? " invalid" : ""}`}>
          <label htmlFor={fieldId(`${base}.notes`)}>Notes</label>
          {errors.notes && <p className="field-error" id={`${fieldId(`${base}.notes`)}-error`}>{errors.notes}</p>}
          <textarea
            id={fieldId(`${base}.notes`)}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? `${fieldId(`${base}.notes`)}-error` : undefined}
            {...register(`${base}.notes`)}
          />
        </div>
        <div className={`field${errors.evidence ? " invalid" : ""}`}>
          <label htmlFor={fieldId(`${base}.evidence`)}>Evidence (documents, links)</label>
          {errors.evidence && <p className="field-error">{errors.evidence}</p>}
          <textarea id={fieldId(`${base}.evidence`)} placeholder="One document or link per line" {...register(`${base}.evidence`)} />
        </div>
      </div>
    </div>
  );
}
