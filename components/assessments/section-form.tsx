"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { saveSectionAction } from "@/app/assessments/actions";
import { fieldErrorsOf, NETWORK_ERROR } from "@/components/forms/action-error";
import { collectErrors, ErrorSummary } from "@/components/forms/error-summary";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import { buildSectionSchema, parseSectionValues } from "@/lib/forms/section-schema";
import type { SectionFormValues } from "@/lib/forms/section-values";
import { IndicatorList } from "./indicator-list";
import { RiskItem } from "./risk-item";
import { SaveStatus } from "./save-status";
import { StatusItem } from "./status-item";
import { useAutosave, type SaveOutcome } from "./use-autosave";

type Props = {
  assessmentId: string;
  section: ChecklistSection;
  initial: SectionFormValues;
  previousHref: string | null;
  nextHref: string;
  nextLabel: string;
};

export function SectionForm({ assessmentId, section, initial, previousHref, nextHref, nextLabel }: Props) {
  const router = useRouter();
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => buildSectionSchema(section, "complete"), [section]);
  const form = useForm<SectionFormValues>({
    // The same schema the server re-checks with ("complete" strictness).
    resolver: zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<SectionFormValues>,
    defaultValues: initial,
    reValidateMode: "onChange",
  });
  const { register, control, watch, handleSubmit, formState, setError } = form;
  // Not useHookFormAction: the form's values are only the `values` of the save's input, and the
  // autosave must await each save's own outcome, in order, to queue, retry and flush them.
  // executeAsync gives that promise; the hook's callbacks would only report the latest call.
  const { executeAsync } = useAction(saveSectionAction);

  const save = useCallback(
    async (values: SectionFormValues, strictness: "draft" | "complete" = "draft"): Promise<SaveOutcome> => {
      const local = parseSectionValues(section, strictness, values);
      if (!local.ok) {
        // Mark every field the draft cannot be stored with, so the user sees where to look.
        for (const issue of local.issues) setError(issue.path as never, { type: "draft", message: issue.message });
        return { ok: false, message: `Not saved yet: ${local.issues.length} answer(s) need fixing (marked below).` };
      }
      const result = await executeAsync({ assessmentId, sectionId: section.id, strictness, values });
      if (result?.data) return { ok: true, savedAt: result.data.savedAt };
      // The answers the server refuses arrive as field errors under `values`, the form's own paths.
      // Marked one by one (not through useForm's `errors` prop, which would replace the browser's
      // own errors and clear them all on the next successful save).
      const refused = fieldErrorsOf(result?.validationErrors?.values);
      if (refused.length > 0) {
        for (const issue of refused) setError(issue.path as never, { type: "server", message: issue.message });
        return { ok: false, message: "Some answers need fixing before they can be saved." };
      }
      return { ok: false, message: result?.serverError ?? "Your answers could not be saved. Please try again." };
    },
    [assessmentId, section, setError, executeAsync],
  );
  const autosave = useAutosave<SectionFormValues>(save);

  const { schedule } = autosave;
  useEffect(() => {
    const subscription = watch((values) => schedule(values as SectionFormValues));
    return () => subscription.unsubscribe();
  }, [watch, schedule]);

  const onContinue = handleSubmit(
    async (values) => {
      setFormError(null);
      const pending = await autosave.flush();
      const outcome = pending.ok
        ? await save(values, "complete").catch((): SaveOutcome => ({ ok: false, message: NETWORK_ERROR }))
        : pending;
      if (outcome.ok) router.push(nextHref);
      else {
        setFormError(outcome.message);
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const errors = collectErrors(formState.errors);
  const errorAt = (prefix: string) =>
    Object.fromEntries(errors.filter((e) => e.path.startsWith(`${prefix}.`)).map((e) => [e.path.slice(prefix.length + 1), e.message]));
  const labelFor = (path: string) => {
    const [group, index] = path.split(".");
    const item = section.items[Number(index)];
    return group === "indicators" ? `Indicator ${Number(index) + 1}` : (item?.id ?? path);
  };

  return (
    <form onSubmit={onContinue} noValidate aria-labelledby="section-title">
      <ErrorSummary errors={errors} labelFor={labelFor} attempt={attempt} />
      {formError && <div className="notice error" role="alert">{formError}</div>}
      {section.kind === "indicators" ? (
        <IndicatorList
          control={control}
          register={register}
          errors={(i) => errorAt(`indicators.${i}`)}
          nameOf={(i) => form.getValues(`indicators.${i}.name`)}
        />
      ) : (
        section.items.map((item, index) =>
          item.answerType === "risk" ? (
            <RiskItem
              key={item.id}
              index={index}
              item={item}
              register={register}
              errors={errorAt(`risks.${index}`)}
              control={control}
            />
          ) : (
            <StatusItem key={item.id} index={index} item={item} register={register} errors={errorAt(`items.${index}`)} />
          ),
        )
      )}
      <div className="form-footer">
        <div className="actions-row">
          {previousHref && (
            <Link className="button secondary" href={previousHref}>
              Previous section
            </Link>
          )}
          <button className="button" type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Saving…" : nextLabel}
          </button>
        </div>
        <SaveStatus state={autosave.state} />
      </div>
    </form>
  );
}

