"use client";

import { useFieldArray, type Control, type UseFormRegister } from "react-hook-form";
import { fieldId } from "@/components/forms/field";
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
  const rows = useFieldArray({ control, name: "indicators" });
  // Removing saves at once (autosave), so a named indicator is only removed after a confirmation.
  const remove = (index: number) => {
    const name = nameOf(index);
    if (!name?.trim() || window.confirm(`Remove the indicator “${name}”? Its target and actual are deleted.`)) rows.remove(index);
  };
  const cell = (index: number, name: keyof RowErrors, label: string, inputMode?: "decimal") => {
    const error = errors(index)[name];
    const id = fieldId(`indicators.${index}.${name}`);
    return (
      <div className={`field${error ? " invalid" : ""}`}>
        <label htmlFor={id}>{label}</label>
        {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
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
      {rows.fields.length === 0 && <p className="muted">No indicators yet. Add at least one, with its target.</p>}
      {rows.fields.map((row, index) => (
        <div className="item-card" key={row.id}>
          <div className="field-row">
            {cell(index, "name", `Indicator ${index + 1}`)}
            {cell(index, "unit", "Unit (e.g. schools)")}
            {cell(index, "target", "Target", "decimal")}
            {cell(index, "actual", "Actual so far", "decimal")}
          </div>
          <button className="button secondary" type="button" onClick={() => remove(index)}>
            Remove indicator {index + 1}
          </button>
        </div>
      ))}
      <button className="button secondary" type="button" onClick={() => rows.append({ name: "", unit: "", target: "", actual: "" })}>
        Add an indicator
      </button>
    </div>
  );
}
