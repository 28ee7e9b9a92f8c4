"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { approveAssessmentAction, reopenAssessmentAction, returnAssessmentAction } from "@/app/assessments/review-actions";
import { actionErrorMessage, type ActionFailure } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";

type Item = { id: string; prompt: string };
/** Whether the viewer submitted or last edited this version, and whether the organisation allows self-approval. */
type FourEyes = { block: "submitted" | "lastEdited" | null; selfApprovalAllowed: boolean } | null;

/** The manager's review of a submitted assessment: approve, or return with comments (whole and per item). */
export function ReviewPanel({ assessmentId, status, items, fourEyes = null }: { assessmentId: string; status: string; items: Item[]; fourEyes?: FourEyes }) {
  const router = useRouter();
  const t = useTranslations("review.panel");
  const tReview = useTranslations("review");
  const text = useMessageText();
  const [error, setError] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const [itemComments, setItemComments] = useState<Array<{ criterionId: string; body: string }>>([]);
  const confirmReopen = useRef<HTMLDialogElement>(null);

  // One message line for the three actions: it shows the last one's failure.
  const failed = { onExecute: () => setError(null), onError: ({ error }: { error: ActionFailure }) => setError(actionErrorMessage(error)) };
  const toNextVersion = ({ data }: { data: { nextVersionId: string } }) => router.push(`/assessments/${data.nextVersionId}/report`);
  const approve = useAction(approveAssessmentAction, { ...failed, onSuccess: () => router.refresh() });
  const returnWithComments = useAction(returnAssessmentAction, { ...failed, onSuccess: toNextVersion });
  const reopen = useAction(reopenAssessmentAction, { ...failed, onSuccess: toNextVersion });
  const pending = approve.isPending || returnWithComments.isPending || reopen.isPending;

  if (status === "approved") {
    return (
      <section className="card no-print" aria-labelledby="review-title">
        <h2 id="review-title" style={{ marginTop: 0 }}>{t("title")}</h2>
        <p>{t("approved")}</p>
        {error && <p className="notice error" role="alert">{text(error)}</p>}
        <button className="button secondary" type="button" onClick={() => confirmReopen.current?.showModal()} disabled={pending}>
          {t("reopen")}
        </button>
        <dialog ref={confirmReopen} aria-labelledby="reopen-title">
          <h2 id="reopen-title">{t("reopenTitle")}</h2>
          <p>{t("reopenText")}</p>
          <div className="actions-row">
            <button className="button" type="button" onClick={() => { confirmReopen.current?.close(); reopen.execute({ assessmentId }); }}>
              {t("reopenConfirm")}
            </button>
            <button className="button secondary" type="button" autoFocus onClick={() => confirmReopen.current?.close()}>
              {t("cancel")}
            </button>
          </div>
        </dialog>
      </section>
    );
  }
  if (status !== "submitted") return null;
  if (fourEyes?.block && !fourEyes.selfApprovalAllowed) {
    return (
      <section className="card no-print" aria-labelledby="review-title">
        <h2 id="review-title" style={{ marginTop: 0 }}>{t("reviewTitle")}</h2>
        <p className="notice" data-testid="four-eyes">{fourEyes.block === "submitted" ? t("fourEyesSubmitted") : t("fourEyesLastEdited")}</p>
      </section>
    );
  }
  return (
    <section className="card no-print" aria-labelledby="review-title">
      <h2 id="review-title" style={{ marginTop: 0 }}>{t("reviewTitle")}</h2>
      {fourEyes?.block && <p className="notice">{t("selfApprovalNote")}</p>}
      {error && <p className="notice error" role="alert">{text(error)}</p>}
      <div className="field">
        <label htmlFor="review-comment">{t("comment")}</label>
        <p className="hint" id="review-comment-hint">{t("commentHint")}</p>
        <textarea id="review-comment" aria-describedby="review-comment-hint" value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>{t("itemComments")}</legend>
        {itemComments.map((row, i) => (
          <div className="field-row" key={i}>
            <div className="field">
              <label htmlFor={`item-comment-${i}-criterion`}>{t("item")}</label>
              <select
                id={`item-comment-${i}-criterion`}
                value={row.criterionId}
                onChange={(e) => setItemComments((list) => list.map((r, n) => (n === i ? { ...r, criterionId: e.target.value } : r)))}
              >
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {tReview("itemOption", { id: item.id, prompt: item.prompt })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`item-comment-${i}-body`}>{t("itemComment")}</label>
              <textarea
                id={`item-comment-${i}-body`}
                value={row.body}
                onChange={(e) => setItemComments((list) => list.map((r, n) => (n === i ? { ...r, body: e.target.value } : r)))}
              />
            </div>
          </div>
        ))}
        <button className="button secondary" type="button" onClick={() => setItemComments((l) => [...l, { criterionId: items[0]?.id ?? "", body: "" }])}>
          {t("addItemComment")}
        </button>
      </fieldset>
      <div className="actions-row">
        <button className="button" type="button" disabled={pending} onClick={() => approve.execute({ assessmentId, comment })}>
          {t("approve")}
        </button>
        <button
          className="button secondary"
          type="button"
          disabled={pending}
          onClick={() => returnWithComments.execute({ assessmentId, comment, items: itemComments })}
        >
          {t("return")}
        </button>
      </div>
    </section>
  );
}
