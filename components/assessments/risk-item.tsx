"use client";

import { useWatch, type Control, type UseFormRegister } from "react-hook-form";
import { fieldId } from "@/components/forms/field";
import type { ChecklistItem } from "@/lib/checklists/definition-schema";
import type { SectionFormValues } from "@/lib/forms/section-values";
import { ItemHeader } from "./item-header";
import { scoreRisk } from "@/lib/scoring/score-risks";
import { localize } from "@/lib/i18n/localized-text";

type RiskErrors = Partial<Record<"likelihood" | "impact" | "status" | "mitigation" | "owner" | "dueDate" | "notes", string>>;

const scale = ["1 — very low", "2 — low", "3 — medium", "4 — high", "5 — very high"];

export function RiskItem({
  index,
  item,
  register,
  errors,
  control,
}: {
  index: number;
  item: ChecklistItem;
  register: UseFormRegister<SectionFormValues>;
  errors: RiskErrors;
  control: Control<SectionFormValues>;
}) {
  const base = `risks.${index}` as const;
  const [likelihood, impact] = useWatch({ control, name: [`${base}.likelihood`, `${base}.impact`] });
  const score = Number(likelihood) >= 1 && Number(impact) >= 1 ? scoreRisk(Number(likelihood), Number(impact)) : null;
  const input = (name: keyof RiskErrors, label: string, field: React.ReactNode) => (
    <div className={`field${errors[name] ? " invalid" : ""}`}>
      <label htmlFor={fieldId(`${base}.${name}`)}>{label}</label>
      {errors[name] && <p className="field-error" id={`${fieldId(`${base}.${name}`)}-error`}>{errors[name]}</p>}
      {field}
    </div>
  );
  const id = (name: keyof RiskErrors) => ({
    id: fieldId(`${base}.${name}`),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${fieldId(`${base}.${name}`)}-error` : undefined,
  });
  return (
    <fieldset className={`item-card${Object.values(errors).some(Boolean) ? " invalid" : ""}`} data-criterion={item.id}>
      <ItemHeader item={item} as="legend" />
      <p className="hint">{localize(item.help, "en")}</p>
      <div className="field-row">
        {input("likelihood", "Likelihood", (
          <select {...id("likelihood")} {...register(`${base}.likelihood`)}>
            <option value="">Not rated</option>
            {scale.map((label, i) => <option key={label} value={i + 1}>{label}</option>)}
          </select>
        ))}
        {input("impact", "Impact", (
          <select {...id("impact")} {...register(`${base}.impact`)}>
            <option value="">Not rated</option>
            {scale.map((label, i) => <option key={label} value={i + 1}>{label}</option>)}
          </select>
        ))}
        <div className="field">
          <span style={{ fontWeight: 600, display: "block" }}>Score</span>
          <output aria-live="polite">{score === null ? "—" : `${score} of 25`}</output>
        </div>
        {input("status", "Status", (
          <select {...id("status")} {...register(`${base}.status`)}>
            <option value="open">Open</option>
            <option value="mitigating">Being mitigated</option>
            <option value="closed">Closed</option>
          </select>
        ))}
      </div>
      {input("mitigation", "Mitigation", (
        <textarea {...id("mitigation")} placeholder={item.mitigationHint && localize(item.mitigationHint, "en")} {...register(`${base}.mitigation`)} />
      ))}
      <div className="field-row">
        {input("owner", "Owner", <input type="text" {...id("owner")} {...register(`${base}.owner`)} />)}
        {input("dueDate", "Due date", <input type="date" {...id("dueDate")} {...register(`${base}.dueDate`)} />)}
      </div>
      {input("notes", "Notes", <textarea {...id("notes")} {...register(`${base}.notes`)} />)}
    </fieldset>
  );
}
