"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import type { ValidationErrors } from "next-safe-action";
import type { SingleInputActionFn } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { actionErrorMessage } from "@/components/forms/action-error";
import { describedBy, Field } from "@/components/forms/field";
import { collectErrors, ErrorSummary } from "@/components/forms/error-summary";
import { participationModes } from "@/lib/checklists/participation-modes";
import type { Country } from "@/lib/projects/countries";
import type { Currency } from "@/lib/projects/currencies";
import { projectSchema, sectors, type ProjectInput } from "@/lib/projects/project-schema";

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
            <strong>{conflict.by ?? "Someone"}</strong> saved this project at {new Date(conflict.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}, after you
            opened this form. Your changes are not saved yet: which should stay?
          </p>
          <div className="actions-row">
            <button type="button" className="button secondary" onClick={() => window.location.reload()}>
              Keep theirs (reload)
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
              Use mine
            </button>
          </div>
        </div>
      )}
      <div className="card">
        <Field path="name" label="Project name" error={err("name")}>
          <input type="text" {...register("name")} {...describedBy("name", { error: err("name") })} />
        </Field>
        <Field path="summary" label="Summary (optional)" hint="What the project does, where and for whom." error={err("summary")}>
          <textarea {...register("summary")} {...describedBy("summary", { hint: true, error: err("summary") })} />
        </Field>
        <div className="field-row">
          <Field path="hostCountry" label="Host country" error={err("hostCountry")}>
            <select {...register("hostCountry")} {...describedBy("hostCountry", { error: err("hostCountry") })}>
              <option value="">Choose a country…</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>{c.name}</option>
              ))}
            </select>
          </Field>
          <Field path="sector" label="Sector" error={err("sector")}>
            <select {...register("sector")} {...describedBy("sector", { error: err("sector") })}>
              <option value="">Choose a sector…</option>
              {sectors.map((s) => (
                <option key={s} value={s}>{s}</option>
              ))}
            </select>
          </Field>
        </div>
        <Field
          path="participationMode"
          label="Participation mode"
          hint="How the organisation takes part. It changes what the checklists ask."
          error={err("participationMode")}
        >
          <select {...register("participationMode")} {...describedBy("participationMode", { hint: true, error: err("participationMode") })}>
            <option value="">Choose a mode…</option>
            {participationModes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label} — {m.description}
              </option>
            ))}
          </select>
        </Field>
        <div className="field-row">
          <Field path="budget" label="Budget" error={err("budget")}>
            <input type="text" inputMode="decimal" {...register("budget")} {...describedBy("budget", { error: err("budget") })} />
          </Field>
          <Field path="currency" label="Currency" error={err("currency")}>
            <select {...register("currency")} {...describedBy("currency", { error: err("currency") })}>
              <option value="">Choose a currency…</option>
              {currencies.map((c) => (
                <option key={c.code} value={c.code}>{c.code} — {c.name}</option>
              ))}
            </select>
          </Field>
          <Field path="startDate" label="Start date" error={err("startDate")}>
            <input type="date" {...register("startDate")} {...describedBy("startDate", { error: err("startDate") })} />
          </Field>
          <Field path="endDate" label="End date" error={err("endDate")}>
            <input type="date" {...register("endDate")} {...describedBy("endDate", { error: err("endDate") })} />
          </Field>
        </div>
      </div>

      <div className="card">
        <h2 style={{ marginTop: 0 }}>Partners</h2>
        <p className="muted small">
          Local organisations you work with. A partner&apos;s due diligence is done once and reused by every project it joins.
        </p>
        {partnerRows.fields.map((row, index) => (
          <div className="field-row" key={row.id} style={{ alignItems: "end" }}>
            <Field path={`partners.${index}.name`} label={`Partner ${index + 1} name`} error={err(`partners.${index}.name`)}>
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
            <Field path={`partners.${index}.country`} label="Country" error={err(`partners.${index}.country`)}>
              <select {...register(`partners.${index}.country`)} {...describedBy(`partners.${index}.country`, { error: err(`partners.${index}.country`) })}>
                <option value="">Choose a country…</option>
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
                  if (!name?.trim() || window.confirm(`Remove ${name} from this project? Its due diligence is kept for other projects.`)) {
                    partnerRows.remove(index);
                  }
                }}
              >
                Remove partner {index + 1}
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
          Add a partner
        </button>
      </div>

      <div className="actions-row">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
