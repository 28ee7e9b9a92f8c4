"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { approveAssessmentAction, reopenAssessmentAction, returnAssessmentAction } from "@/app/assessments/review-actions";
import { NETWORK_ERROR } from "@/components/forms/apply-server-result";
import { firstMessage, type Result } from "./first-message";

type Item = { id: string; prompt: string };

/** The manager's review of a submitted assessment: approve, or return with comments (whole and per item). */
export function ReviewPanel({ assessmentId, status, items }: { assessmentId: string; status: string; items: Item[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const [itemComments, setItemComments] = useState<Array<{ criterionId: string; body: string }>>([]);
  const confirmReopen = useRef<HTMLDialogElement>(null);

  const run = (call: () => Promise<unknown>, after: (data: Record<string, unknown>) => void) =>
    startTransition(async () => {
      setError(null);
      const result = (await call().catch(() => undefined)) as (Result & { data?: Record<string, unknown> }) | undefined;
      if (result?.data) after(result.data);
      else setError(result ? firstMessage(result) : NETWORK_ERROR);
    });
  const goTo = (data: Record<string, unknown>) =>
    data.nextVersionId ? router.push(`/assessments/${String(data.nextVersionId)}/report`) : router.refresh();

  if (status === "approved") {
    return (
      <section className="card no-print" aria-labelledby="review-title">
        <h2 id="review-title" style={{ marginTop: 0 }}>Review</h2>
        <p>This version is approved and final. Reopening starts a new draft version; this one stays as it is.</p>
        {error && <p className="notice error" role="alert">{error}</p>}
        <button className="button secondary" type="button" onClick={() => confirmReopen.current?.showModal()} disabled={pending}>
          Reopen as a new version
        </button>
        <dialog ref={confirmReopen} aria-labelledby="reopen-title">
          <h2 id="reopen-title">Reopen this assessment?</h2>
          <p>A new draft version is created with the same answers. The approved version stays in the history.</p>
          <div className="actions-row">
            <button className="button" type="button" onClick={() => { confirmReopen.current?.close(); run(() => reopenAssessmentAction({ assessmentId }), goTo); }}>
              Reopen
            </button>
            <button className="button secondary" type="button" autoFocus onClick={() => confirmReopen.current?.close()}>
              Cancel
            </button>
          </div>
        </dialog>
      </section>
    );
  }
  if (status !== "submitted") return null;
  return (
    <section className="card no-print" aria-labelledby="review-title">
      <h2 id="review-title" style={{ marginTop: 0 }}>Review this assessment</h2>
      {error && <p className="notice error" role="alert">{error}</p>}
      <div className="field">
        <label htmlFor="review-comment">Comment for the team</label>
        <p className="hint" id="review-comment-hint">Required when returning: say what needs to change.</p>
        <textarea id="review-comment" aria-describedby="review-comment-hint" value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>Comments on single items (optional)</legend>
        {itemComments.map((row, i) => (
          <div className="field-row" key={i}>
            <div className="field">
              <label htmlFor={`item-comment-${i}-criterion`}>Item</label>
              <select
                id={`item-comment-${i}-criterion`}
                value={row.criterionId}
                onChange={(e) => setItemComments((list) => list.map((r, n) => (n === i ? { ...r, criterionId: e.target.value } : r)))}
              >
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.id} — {item.prompt}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`item-comment-${i}-body`}>Comment on the item</label>
              <textarea
                id={`item-comment-${i}-body`}
                value={row.body}
                onChange={(e) => setItemComments((list) => list.map((r, n) => (n === i ? { ...r, body: e.target.value } : r)))}
              />
            </div>
          </div>
        ))}
        <button className="button secondary" type="button" onClick={() => setItemComments((l) => [...l, { criterionId: items[0]?.id ?? "", body: "" }])}>
          Add a comment on an item
        </button>
      </fieldset>
      <div className="actions-row">
        <button className="button" type="button" disabled={pending} onClick={() => run(() => approveAssessmentAction({ assessmentId, comment }), goTo)}>
          Approve
        </button>
        <button
          className="button secondary"
          type="button"
          disabled={pending}
          onClick={() => run(() => returnAssessmentAction({ assessmentId, comment, items: itemComments }), goTo)}
        >
          Return with comments
        </button>
      </div>
    </section>
  );
}
