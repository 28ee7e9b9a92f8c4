"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { submitAssessmentAction } from "@/app/assessments/actions";
import { actionErrorMessage, fieldErrorsOf } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";
import { useOnlineStatus } from "@/components/offline/use-online-status";

type Unfinished = { sectionId: string; title: string };

/**
 * Submitting freezes the assessment, so it asks first and explains what happens. When sections
 * are unfinished the dialog names them, with links, before anyone confirms, and offers no "Yes":
 * the server would refuse. Focus starts on Cancel, so a second Enter never submits by accident.
 */
export function SubmitPanel({ assessmentId, unfinished }: { assessmentId: string; unfinished: Unfinished[] }) {
  const t = useTranslations("submit");
  const tOffline = useTranslations("offline");
  const text = useMessageText();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const action = useAction(submitAssessmentAction, { onSuccess: () => router.push(`/assessments/${assessmentId}/report`) });
  const pending = action.isPending;
  // The server freezes the assessment, so there is nothing to keep on the device and send later.
  const online = useOnlineStatus();
  // An unfinished submit answers one field error per section, at `sections.<section id>`, with its
  // title in the reader's language.
  // What the server refused (someone may have changed answers since this page was loaded).
  const incomplete = fieldErrorsOf(action.result.validationErrors)
    .filter((e) => e.path.startsWith("sections."))
    .map((e) => ({ sectionId: e.path.slice("sections.".length), title: e.message }));
  const open = () => {
    dialog.current?.showModal();
    // showModal() focuses the first button; React's autoFocus is not the dialog's autofocus.
    cancel.current?.focus();
  };
  const error = action.hasErrored && incomplete.length === 0 ? text(actionErrorMessage(action.result)) : null;

  const submit = () => {
    dialog.current?.close();
    action.execute({ assessmentId });
  };

  return (
    <div className="card">
      <h2 style={{ marginTop: 0 }}>{t("heading")}</h2>
      {incomplete.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>{t("notFinished")}</h2>
          <ul>
            {incomplete.map((s) => (
              <li key={s.sectionId}>
                <Link href={`/assessments/${assessmentId}/sections/${s.sectionId}?unfinished=1`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <div className="notice error" role="alert">{error}</div>}
      <p>{t("frozenNote")}</p>
      {!online && (
        <p id="submit-offline" className="field-error">
          {tOffline("submitNeedsConnection")}
        </p>
      )}
      <button
        className="button"
        type="button"
        disabled={pending || !online}
        aria-describedby={online ? undefined : "submit-offline"}
        onClick={open}
      >
        {pending ? t("submitting") : t("submit")}
      </button>
      <dialog ref={dialog} aria-labelledby="confirm-submit-title">
        {unfinished.length > 0 ? (
          <>
            <h2 id="confirm-submit-title">{t("unfinishedTitle")}</h2>
            <p>{t("unfinishedText")}</p>
            <ul>
              {unfinished.map((s) => (
                <li key={s.sectionId}>
                  <Link href={`/assessments/${assessmentId}/sections/${s.sectionId}?unfinished=1`}>{s.title}</Link>
                </li>
              ))}
            </ul>
            <div className="actions-row">
              <button ref={cancel} className="button secondary" type="button" onClick={() => dialog.current?.close()}>
                {t("close")}
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="confirm-submit-title">{t("confirmTitle")}</h2>
            <p>{t("confirmText")}</p>
            <div className="actions-row">
              <button className="button" type="button" disabled={!online} onClick={submit}>
                {t("yes")}
              </button>
              <button ref={cancel} className="button secondary" type="button" onClick={() => dialog.current?.close()}>
                {t("cancel")}
              </button>
            </div>
          </>
        )}
      </dialog>
    </div>
  );
}
