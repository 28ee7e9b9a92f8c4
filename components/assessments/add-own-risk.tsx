"use client";

import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Resolver } from "react-hook-form";
import { addOwnRiskAction } from "@/app/assessments/own-risk-actions";
import { actionErrorMessage } from "@/components/forms/action-error";
import { Field, fieldId } from "@/components/forms/field";
import { useMessageText } from "@/components/i18n/use-message-text";
import { useOnlineStatus } from "@/components/offline/use-online-status";
import type { OwnRiskInput } from "@/lib/forms/own-risk-schema";

// The schema (and zod) load on the first check, as the section form's own checks do: not while
// the page starts.
const resolver: Resolver<OwnRiskInput> = async (values, context, options) => {
  const [{ zodResolver }, { ownRiskSchema }] = await Promise.all([import("@hookform/resolvers/zod"), import("@/lib/forms/own-risk-schema")]);
  return zodResolver(ownRiskSchema)(values, context, options);
};

type Category = { id: string; title: string };

/**
 * Adds a risk of the organisation's own to the register, under a category (a risk section; this one
 * unless chosen otherwise). The page is then rendered again with the new risk, unrated, in its section.
 */
export function AddOwnRisk({ assessmentId, sectionId, categories }: { assessmentId: string; sectionId: string; categories: Category[] }) {
  const t = useTranslations("ownRisks");
  const text = useMessageText();
  const online = useOnlineStatus();
  const router = useRouter();
  const [added, setAdded] = useState<{ title: string; sectionId: string } | null>(null);
  const { form, action } = useHookFormAction(addOwnRiskAction, resolver, {
    formProps: { defaultValues: { assessmentId, sectionId, title: "", description: "" } },
    actionProps: {
      onSuccess: ({ data, input }) => {
        setAdded({ title: input.title.trim(), sectionId: data.sectionId });
        form.reset({ assessmentId, sectionId, title: "", description: "" });
        router.refresh();
      },
    },
  });
  const { register, handleSubmit, formState } = form;
  const error = (name: "title" | "description" | "sectionId") => formState.errors[name]?.message;
  const formError = action.hasErrored && !action.result.validationErrors ? actionErrorMessage(action.result) : null;
  const describe = (name: string) => (error(name as never) ? `${fieldId(`ownRisk.${name}`)}-error` : undefined);
  const addedSection = added && categories.find((c) => c.id === added.sectionId);
  return (
    <details className="card own-risk-add" open={added !== null || undefined}>
      <summary>{t("open")}</summary>
      <p className="muted small">{t("intro")}</p>
      {added && (
        <p className="notice" role="status">
          {added.sectionId === sectionId ? (
            t("addedHere", { title: added.title })
          ) : (
            <>
              {t("addedElsewhere", { title: added.title, section: addedSection?.title ?? "" })}{" "}
              <Link href={`/assessments/${assessmentId}/sections/${added.sectionId}`}>{t("goThere")}</Link>
            </>
          )}
        </p>
      )}
      {formError && <p className="field-error" role="alert">{text(formError)}</p>}
      <form noValidate onSubmit={handleSubmit((values) => action.executeAsync(values).then(() => undefined, () => undefined))}>
        <input type="hidden" {...register("assessmentId")} />
        <Field path="ownRisk.title" label={t("title")} error={error("title")}>
          <input id={fieldId("ownRisk.title")} type="text" maxLength={160} aria-invalid={error("title") ? true : undefined} aria-describedby={describe("title")} {...register("title")} />
        </Field>
        <Field path="ownRisk.description" label={t("description")} error={error("description")}>
          <textarea id={fieldId("ownRisk.description")} maxLength={600} aria-invalid={error("description") ? true : undefined} aria-describedby={describe("description")} {...register("description")} />
        </Field>
        <Field path="ownRisk.sectionId" label={t("category")} error={error("sectionId")}>
          <select id={fieldId("ownRisk.sectionId")} {...register("sectionId")}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button secondary" disabled={!online || action.isPending}>
          {action.isPending ? t("adding") : t("add")}
        </button>
        {!online && <span className="muted small"> {t("offline")}</span>}
      </form>
    </details>
  );
}
