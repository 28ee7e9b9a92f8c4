"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import type { ValidationErrors } from "next-safe-action";
import type { SingleInputActionFn } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { actionErrorMessage } from "@/components/forms/action-error";
import { describedBy, Field } from "@/components/forms/field";
import { collectErrors, ErrorSummary } from "@/components/forms/error-summary";
import { participationModes } from "@/lib/checklists/participation-modes";
import { formatTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import type { Country } from "@/lib/projects/countries";
import type { Currency } from "@/lib/projects/currencies";
import { projectSchema, type ProjectInput } from "@/lib/projects/project-schema";
import { sectorKey, sectors } from "@/lib/projects/sectors";

type Partner = { id: string; name: string; country: string };

/** createProjectAction, or updateProjectAction with the project's id bound. */
export type SaveProjectAction = SingleInputActionFn<
  string,
  typeof projectSchema,
  ValidationErrors<typeof projectSchema>,
  { projectId: string; conflict?: ProjectConflictInfo | null }
>;
type ProjectConflictInfo = { by: string | null; at: string; revision: number };

export function ProjectForm({
  initial,
  countries,
  currencies,
  knownPartners,
  save,
  submitLabel,
}: {
  initial: ProjectInput;
  countries: readonly Country[];
  currencies: readonly Currency[];
  knownPartners: Partner[];
  save: SaveProjectAction;
  submitLabel: string;
}) {
  const router = useRouter();
  const t = useTranslations("projectForm");
  const tSectors = useTranslations("sectors");
  const tModes = useTranslations("modes");
  const locale = useLocale();
  const [attempt, setAttempt] = useState(0);
  // Someone saved the project since this form was loaded: nothing was written; the editor chooses.
  const [conflict, setConflict] = useState<ProjectConflictInfo | null>(null);
  // The adapter validates with projectSchema in the browser, as the server does, and puts the
  // server's field errors on the same fields as the browser's own.
  const { form, action } = useHookFormAction(save, zodResolver(projectSchema), {
    formProps: { defaultValues: initial },
    actionProps: {
      onSuccess: ({ data }) => {
        if (data.conflict) setConflict(data.conflict);
        else router.push(`/projects/${data.projectId}`);
      },
      onError: () => setAttempt((n) => n + 1),
    },
  });
  const { register, handleSubmit, formState, control, setValue } = form;
  const partnerRows = useFieldArray({ control, name: "partners" });
  const errors = collectErrors(formState.errors);
  const err = (path: string) => errors.find((e) => e.path === path)?.message;
  // A refusal that is not about one field (a partner of another organisation, a lost connection).
  const formError = action.hasErrored && !action.result.validationErrors ? actionErrorMessage(action.result) : null;

  // Not the adapter's handleSubmitWithAction: an invalid submit must also move focus to the error
  // summary, and a lost connection is shown above rather than thrown out of the submit handler.
  const onSubmit = handleSubmit(
    (values) => action.executeAsync(values).then(() => undefined, () => undefined),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      {formError && <div className="notice error" role="alert">{formError}</div>}
      {conflict && (
        <div className="notice conflict" role="alert" data-testid="conflict">
          <p style={{ margin: "0 0 0.5rem" }}>
            {t.rich("conflict", {
              name: conflict.by ?? t("someone"),
              time: formatTime(conflict.at, isLocale(locale) ? locale : "en"),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <div className="actions-row">
            <button type="button" className="button secondary" onClick={() => window.location.reload()}>
              {t("keepTheirs")}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setValue("revision", conflict.revision);
                setConflict(null);
                void onSubmit();
              }}
            >
              {t("useMine")}
            </button>
          </div>
        </div>
      )}
      <div className="card">
        <Field path="name" label={t("name")} error={err("name")}>
          <input type="text" {...register("name")} {...describedBy("name", { error: err("name") })} />
        </Field>
        <Field path="summary" label={t("summary")} hint={t("summaryHint")} error={err("summary")}>
          <textarea {...register("summary")} {...describedBy("summary", { hint: true, error: err("summary") })} />
        </Field>
        <div className="field-row">
          <Field path="hostCountry" label={t("hostCountry")} error={err("hostCountry")}>
            <select {...register("hostCountry")} {...describedBy("hostCountry", { error: err("hostCountry") })}>
              <option value="">{t("chooseCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>{c.name}</option>
              ))}
            </select>
          </Field>
          <Field path="sector" label={t("sector")} error={err("sector")}>
            <select {...register("sector")} {...describedBy("sector", { error: err("sector") })}>
              <option value="">{t("chooseSector")}</option>
              {/* The stored value stays the English word; the reader sees it in their language. */}
              {sectors.map((s) => (
                <option key={s} value={s}>{tSectors(sectorKey[s])}</option>
              ))}
            </select>
          </Field>
        </div>
        <Field
          path="participationMode"
          label={t("participationMode")}
          hint={t("modeHint")}
          error={err("participationMode")}
        >
          <select {...register("participationMode")} {...describedBy("participationMode", { hint: true, error: err("participationMode") })}>
            <option value="">{t("chooseMode")}</option>
            {participationModes.map((m) => (
              <option key={m.id} value={m.id}>
                {t("modeOption", { label: tModes(`${m.id}.label`), description: tModes(`${m.id}.description`) })}
              </option>
            ))}
          </select>
        </Field>
        <div className="field-row">
          <Field path="budget" label={t("budget")} error={err("budget")}>
            <input type="text" inputMode="decimal" {...register("budget")} {...describedBy("budget", { error: err("budget") })} />
          </Field>
          <Field path="currency" label={t("currency")} error={err("currency")}>
            <select {...register("currency")} {...describedBy("currency", { error: err("currency") })}>
              <option value="">{t("chooseCurrency")}</option>
              {currencies.map((c) => (
                <option key={c.code} value={c.code}>{t("currencyOption", { code: c.code, name: c.name })}</option>
              ))}
            </select>
          </Field>
          <Field path="startDate" label={t("startDate")} error={err("startDate")}>
            <input type="date" {...register("startDate")} {...describedBy("startDate", { error: err("startDate") })} />
          </Field>
          <Field path="endDate" label={t("endDate")} error={err("endDate")}>
            <input type="date" {...register("endDate")} {...describedBy("endDate", { error: err("endDate") })} />
          </Field>
        </div>
      </div>

      <div className="card">
        <h2 style={{ marginTop: 0 }}>{t("partners")}</h2>
        <p className="muted small">{t("partnersHint")}</p>
        {partnerRows.fields.map((row, index) => (
          <div className="field-row" key={row.id} style={{ alignItems: "end" }}>
            <Field path={`partners.${index}.name`} label={t("partnerName", { number: index + 1 })} error={err(`partners.${index}.name`)}>
              <input
                type="text"
                list="known-partners"
                {...register(`partners.${index}.name`, {
                  onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
                    // Picking a known partner's name links that partner instead of creating a copy.
                    const known = knownPartners.find((p) => p.name === e.target.value);
                    setValue(`partners.${index}.id`, known?.id);
                    if (known) setValue(`partners.${index}.country`, known.country);
                  },
                })}
                {...describedBy(`partners.${index}.name`, { error: err(`partners.${index}.name`) })}
              />
            </Field>
            <Field path={`partners.${index}.country`} label={t("country")} error={err(`partners.${index}.country`)}>
              <select {...register(`partners.${index}.country`)} {...describedBy(`partners.${index}.country`, { error: err(`partners.${index}.country`) })}>
                <option value="">{t("chooseCountry")}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>{c.name}</option>
                ))}
              </select>
            </Field>
            <div className="field">
              <button
                className="button secondary"
                type="button"
                onClick={() => {
                  const name = form.getValues(`partners.${index}.name`);
                  if (!name?.trim() || window.confirm(t("removeConfirm", { name }))) {
                    partnerRows.remove(index);
                  }
                }}
              >
                {t("removePartner", { number: index + 1 })}
              </button>
            </div>
          </div>
        ))}
        <datalist id="known-partners">
          {knownPartners.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <button className="button secondary" type="button" onClick={() => partnerRows.append({ name: "", country: "" })}>
          {t("addPartner")}
        </button>
      </div>

      <div className="actions-row">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}
