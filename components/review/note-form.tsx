"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addCommentAction, addThirdPartyAssessmentAction } from "@/app/assessments/review-actions";
import { NETWORK_ERROR } from "@/components/forms/apply-server-result";
import { ratings } from "@/lib/scoring/config";
import { firstMessage, type Result } from "./first-message";

type Item = { id: string; prompt: string };

/**
 * A comment (on the whole assessment or one item), or, for an outside evaluator, a third-party
 * assessment with their own rating.
 */
export function NoteForm({ assessmentId, items, thirdParty }: { assessmentId: string; items: Item[]; thirdParty: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [body, setBody] = useState("");
  const [criterionId, setCriterionId] = useState("");
  const [rating, setRating] = useState("");
  const kind = thirdParty ? "third-party" : "comment";
  const submit = () =>
    startTransition(async () => {
      setError(null);
      const call = thirdParty
        ? addThirdPartyAssessmentAction({ assessmentId, rating: rating as (typeof ratings)[number], body })
        : addCommentAction({ assessmentId, criterionId: criterionId || null, body });
      const result = (await call.catch(() => undefined)) as (Result & { data?: unknown }) | undefined;
      if (result?.data) {
        setBody("");
        router.refresh();
      } else setError(result ? firstMessage(result) : NETWORK_ERROR);
    });
  return (
    <section className="card no-print" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`} style={{ marginTop: 0 }}>
        {thirdParty ? "Add your third-party assessment" : "Add a comment"}
      </h2>
      {error && <p className="notice error" role="alert">{error}</p>}
      {thirdParty ? (
        <div className="field">
          <label htmlFor={`${kind}-rating`}>Your rating</label>
          <select id={`${kind}-rating`} value={rating} onChange={(e) => setRating(e.target.value)}>
            <option value="">Choose…</option>
            {ratings.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${kind}-item`}>About</label>
          <select id={`${kind}-item`} value={criterionId} onChange={(e) => setCriterionId(e.target.value)}>
            <option value="">The whole assessment</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>{item.id} — {item.prompt}</option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${kind}-body`}>{thirdParty ? "Your findings" : "Comment"}</label>
        <textarea id={`${kind}-body`} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <button className="button" type="button" onClick={submit} disabled={pending}>
        {pending ? "Saving…" : thirdParty ? "Add third-party assessment" : "Add comment"}
      </button>
    </section>
  );
}
