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

/** Submitting freezes the assessment, so it asks first and explains what happens. */
export function SubmitPanel({ assessmentId, ready }: { assessmentId: string; ready: boolean }) {
  const t = useTranslations("submit");
  const tOffline = useTranslations("offline");
  const text = useMessageText();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const action = useAction(submitAssessmentAction, { onSuccess: () => router.push(`/assessments/${assessmentId}/report`) });
  const pending = action.isPending;
  // The server freezes the assessment, so there is nothing to keep on the device and send later.
  const online = useOnlineStatus();
  // An unfinished submit answers one field error per section, at `sections.<section id>`, with its
  // title in the reader's language.
  const incomplete = fieldErrorsOf(action.result.validationErrors)
    .filter((e) => e.path.startsWith("sections."))
    .map((e) => ({ sectionId: e.path.slice("sections.".length), title: e.message }));
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
                <Link href={`/assessments/${assessmentId}/sections/${s.sectionId}`}>{s.title}</Link>
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
        onClick={() => dialog.current?.showModal()}
      >
        {pending ? t("submitting") : t("submit")}
      </button>
      <dialog ref={dialog} aria-labelledby="confirm-submit-title">
        <h2 id="confirm-submit-title">{t("confirmTitle")}</h2>
        <p>{t("confirmText")}</p>
        {!ready && <p className="field-error">{t("looksUnfinished")}</p>}
        <div className="actions-row">
          <button className="button" type="button" disabled={!online} onClick={submit}>
            {t("yes")}
          </button>
          {/* Focus starts on Cancel: a second Enter must not freeze the assessment by accident. */}
          <button className="button secondary" type="button" onClick={() => dialog.current?.close()} autoFocus>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </div>
  );
}
