"use client";

import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { saveSectionAction } from "@/app/assessments/actions";
import { fieldErrorsOf } from "@/components/forms/action-error";
import { collectErrors, ErrorSummary } from "@/components/forms/error-summary";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import { msg } from "@/lib/i18n/message-ref";
import { formPathOf, formValueOfPart, INDICATORS_KEY, partKeyOf } from "@/lib/forms/section-paths";
import type { SectionFormValues } from "@/lib/forms/section-values";
import { localize } from "@/lib/i18n/localized-text";
import { focusHeadingOnArrival, useArrivalFocus } from "./arrival-focus";
import { EvidenceFiles } from "@/components/evidence/evidence-files";
import type { EvidenceFileView } from "@/components/evidence/evidence-file-view";
import { IndicatorList } from "./indicator-list";
import { loadSectionChecks } from "./load-section-checks";
import { MarkRestNotApplicable } from "./mark-rest-not-applicable";
import { RemoveOwnRisk } from "./own-risk-controls";
import { RiskItem } from "./risk-item";
import { PartConflict } from "./part-conflict";
import { SaveStatus } from "./save-status";
import { StatusItem } from "./status-item";
import type { ItemComment } from "@/components/review/item-comments";
import { usePresence } from "./use-presence";
import { useSectionSync, type SendOutcome } from "./use-section-sync";

type Props = {
  /** The signed-in user: changes kept on this device are theirs alone. */
  owner: string;
  assessmentId: string;
  section: ChecklistSection;
  initial: SectionFormValues;
  /** The stored revision of each part (item, or the indicator list) the form was loaded with. */
  revisions: Record<string, number>;
  previousHref: string | null;
  nextHref: string;
  nextLabel: string;
  /** Opened from the check page's list of unfinished sections: mark at once what submitting needs. */
  showUnfinished?: boolean;
  /** Reviewers' comments on this section's items (from the return of the previous version), shown beside each. */
  itemComments?: Record<string, ItemComment[]>;
  /** The files attached to each item, by criterion id. */
  files?: Record<string, EvidenceFileView[]>;
};

export function SectionForm(props: Props) {
  const { owner, assessmentId, section, initial, revisions, previousHref, nextHref, nextLabel, showUnfinished, itemComments = {}, files = {} } = props;
  const router = useRouter();
  const t = useTranslations("section");
  const locale = useLocale();
  // Messages here are references (validation, this form's own) or the server's words: all read through this.
  const text = useMessageText();
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  // "Save and continue" always moves on with what can be saved ("draft", the schema the server
  // saves with); unanswered items stay "to do" in the list of sections, and only submitting
  // insists on "complete" (the task-list pattern).
  // The checks (zod, the heaviest part of this page's code) load when the form is first used,
  // not while the page is still starting: a save, a check or the first focus inside the form.
  const resolver = useMemo<Resolver<SectionFormValues>>(() => {
    let ready: Resolver<SectionFormValues> | null = null;
    return async (values, context, options) => {
      ready ??= (await loadSectionChecks()).sectionResolver(section, "draft");
      return ready(values, context, options);
    };
  }, [section]);
  const form = useForm<SectionFormValues>({
    resolver,
    defaultValues: initial,
    reValidateMode: "onChange",
    // The error summary takes focus and links to each field; jumping to the first field would skip it.
    shouldFocusError: false,
  });
  const { register, control, watch, handleSubmit, formState, setError, getValues, setValue } = form;
  // Not useHookFormAction: the form's values are only the changed parts of the save's input, and
  // the sync must await each save's own outcome, in order, to queue, retry and replay them.
  // executeAsync gives that promise; the hook's callbacks would only report the latest call.
  const { executeAsync } = useAction(saveSectionAction);
  // Values put into the form by the app (restored from the device, or "keep theirs") are not edits.
  const applying = useRef(false);
  const put = useCallback(
    (key: string, value: unknown) => {
      applying.current = true;
      setValue(formPathOf(section, key) as never, value as never, { shouldDirty: true });
      applying.current = false;
    },
    [section, setValue],
  );

  const send = useCallback(
    async (changes: Array<{ key: string; base: number; value: unknown }>): Promise<SendOutcome> => {
      // The same per-item check the server makes: mark what it would refuse, send nothing yet.
      const local = (await loadSectionChecks()).parseSectionChanges(section, changes);
      if (!local.ok) {
        for (const issue of local.issues) setError(issue.path as never, { type: "draft", message: issue.message });
        return { ok: false, message: msg("section.notSavedYet", { count: local.issues.length }) };
      }
      const result = await executeAsync({ assessmentId, sectionId: section.id, changes });
      if (result?.data) return { ok: true, savedAt: result.data.savedAt, results: result.data.results };
      // Refused answers arrive as field errors under `changes`, at the form's own paths. Marked one
      // by one (not through useForm's `errors` prop, which would replace the browser's own errors).
      const refused = fieldErrorsOf(result?.validationErrors?.changes);
      if (refused.length > 0) {
        for (const issue of refused) setError(issue.path as never, { type: "server", message: issue.message });
        return { ok: false, message: msg("section.someNeedFixing") };
      }
      if (result?.serverError) return { ok: false, message: result.serverError };
      return { ok: false, offline: true, message: "" };
    },
    [assessmentId, section, setError, executeAsync],
  );
  const sync = useSectionSync({
    owner,
    assessmentId,
    sectionId: section.id,
    revisions,
    valueOf: (key) => structuredClone(getValues(formPathOf(section, key) as never)),
    send,
    restore: (stored) => Object.entries(stored).forEach(([key, change]) => put(key, change.value)),
  });

  useArrivalFocus("section-title");
  useEffect(() => {
    if (!showUnfinished) return;
    let cancelled = false;
    void loadSectionChecks().then(({ buildSectionSchema }) => {
      const complete = buildSectionSchema(section, "complete").safeParse(getValues());
      if (cancelled || complete.success) return;
      for (const issue of complete.error.issues) setError(issue.path.join(".") as never, { type: "complete", message: issue.message });
      setAttempt((n) => n + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [showUnfinished, section, getValues, setError]);

  const others = usePresence(assessmentId, section.id);
  const { changed, resolve } = sync;
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (applying.current || !name) return;
      const key = partKeyOf(section, name);
      if (key) changed(key);
    });
    return () => subscription.unsubscribe();
  }, [watch, changed, section]);

  const choose = (key: string, choice: "mine" | "theirs") => {
    const conflict = sync.conflicts.get(key);
    if (choice === "theirs" && conflict) put(key, formValueOfPart(key, conflict.current));
    resolve(key, choice);
  };
  const conflictAt = (key: string, item: ChecklistSection["items"][number] | null) => {
    const conflict = sync.conflicts.get(key);
    return conflict ? <PartConflict conflict={conflict} item={item} onChoose={(c) => choose(key, c)} /> : null;
  };

  const onContinue = handleSubmit(
    async () => {
      setFormError(null);
      const outcome = await sync.flush();
      const problem =
        sync.conflicts.size > 0 || (outcome?.ok && outcome.results.some((r) => r.status === "conflict"))
          ? msg("section.conflictsFirst")
          : outcome && !outcome.ok
            ? outcome.offline
              ? msg("section.offlineKept")
              : outcome.message
            : null;
      if (!problem) {
        focusHeadingOnArrival();
        router.push(nextHref);
      }
      else {
        setFormError(problem);
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
    if (group === "indicators") return t("indicator", { number: Number(index) + 1 });
    // The question's own words, with its id beside it for those who know the checklist by number.
    return item ? t("questionLabel", { prompt: localize(item.prompt, locale), id: item.id }) : path;
  };
  const markRestNotApplicable = (reason: string) => {
    (getValues("items") ?? []).forEach((entry, i) => {
      if (entry.value) return;
      // Through setValue as an edit, so each item autosaves like a click would.
      setValue(`items.${i}.value` as never, "not_applicable" as never, { shouldDirty: true });
      if (!entry.notes.trim()) setValue(`items.${i}.notes` as never, reason as never, { shouldDirty: true });
    });
  };
  const filesOf = (criterionId: string) => <EvidenceFiles assessmentId={assessmentId} criterionId={criterionId} initial={files[criterionId] ?? []} />;
  const offersMarkRest = section.kind !== "indicators" && section.items[0]?.answerType !== "risk";

  return (
    <form onSubmit={onContinue} onFocus={() => void loadSectionChecks()} noValidate aria-labelledby="section-title">
      {others.length > 0 && (
        <p className="notice" data-testid="presence">
          {t("presence", { names: new Intl.ListFormat(locale, { type: "conjunction" }).format(others), count: others.length })}
        </p>
      )}
      <ErrorSummary errors={errors} labelFor={labelFor} attempt={attempt} />
      {formError && <div className="notice error" role="alert">{text(formError)}</div>}
      {offersMarkRest && <MarkRestNotApplicable control={control} onApply={markRestNotApplicable} />}
      {section.kind === "indicators" ? (
        <>
          {conflictAt(INDICATORS_KEY, null)}
          <IndicatorList
          control={control}
          register={register}
          errors={(i) => errorAt(`indicators.${i}`)}
          nameOf={(i) => form.getValues(`indicators.${i}.name`)}
          />
        </>
      ) : (
        section.items.map((item, index) =>
          <Fragment key={item.id}>
            {conflictAt(item.id, item)}
            {item.answerType === "risk" ? (
              <RiskItem
                index={index}
                item={item}
                register={register}
                errors={errorAt(`risks.${index}`)}
                control={control}
                comments={itemComments[item.id]}
                files={filesOf(item.id)}
                remove={item.ownRisk ? <RemoveOwnRisk assessmentId={assessmentId} criterionId={item.id} title={localize(item.prompt, locale)} /> : undefined}
              />
            ) : (
              <StatusItem index={index} item={item} register={register} errors={errorAt(`items.${index}`)} comments={itemComments[item.id]} files={filesOf(item.id)} />
            )}
          </Fragment>
        )
      )}
      <div className="form-footer">
        <div className="actions-row">
          {previousHref && (
            <Link className="button secondary" href={previousHref}>
              {t("previous")}
            </Link>
          )}
          <button className="button" type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : nextLabel}
          </button>
        </div>
        <SaveStatus state={sync.state} />
      </div>
    </form>
  );
}

