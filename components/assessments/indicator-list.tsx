"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type Control, type UseFormRegister } from "react-hook-form";
import { fieldId } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { SectionFormValues } from "@/lib/forms/section-values";

type RowErrors = Partial<Record<"name" | "unit" | "target" | "actual", string>>;

export function IndicatorList({
  control,
  register,
  errors,
  nameOf,
}: {
  control: Control<SectionFormValues>;
  register: UseFormRegister<SectionFormValues>;
  errors: (index: number) => RowErrors;
  nameOf: (index: number) => string | undefined;
}) {
  const t = useTranslations("section");
  const text = useMessageText();
  const rows = useFieldArray({ control, name: "indicators" });
  // Removing saves at once (autosave), so a named indicator is only removed after a confirmation.
  const remove = (index: number) => {
    const name = nameOf(index);
    if (!name?.trim() || window.confirm(t("confirmRemove", { name }))) rows.remove(index);
  };
  const cell = (index: number, name: keyof RowErrors, label: string, inputMode?: "decimal") => {
    const error = errors(index)[name];
    const id = fieldId(`indicators.${index}.${name}`);
    return (
      <div className={`field${error ? " invalid" : ""}`}>
        <label htmlFor={id}>{label}</label>
        {error && <p className="field-error" id={`${id}-error`}>{text(error)}</p>}
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...register(`indicators.${index}.${name}`)}
        />
      </div>
    );
  };
  return (
    <div>
      {/* Said at once, not after a submit: moving on is allowed, submitting is not. */}
      {rows.fields.length === 0 && (
        <p className="notice" role="status">
          {t("noIndicators")} {t("indicatorsNeeded")}
        </p>
      )}
      {rows.fields.map((row, index) => (
        <div className="item-card" key={row.id}>
          <div className="field-row">
            {cell(index, "name", t("indicator", { number: index + 1 }))}
            {cell(index, "unit", t("unit"))}
            {cell(index, "target", t("target"), "decimal")}
            {cell(index, "actual", t("actual"), "decimal")}
          </div>
          <button className="button secondary" type="button" onClick={() => remove(index)}>
            {t("removeIndicator", { number: index + 1 })}
          </button>
        </div>
      ))}
      <button className="button secondary" type="button" onClick={() => rows.append({ name: "", unit: "", target: "", actual: "" })}>
        {t("addIndicator")}
      </button>
    </div>
  );
}
