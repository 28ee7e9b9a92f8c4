"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addCommentAction, addThirdPartyAssessmentAction } from "@/app/assessments/review-actions";
import { actionErrorMessage } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";
import { ratings } from "@/lib/scoring/config";

type Item = { id: string; prompt: string };

/**
 * A comment (on the whole assessment or one item), or, for an outside evaluator, a third-party
 * assessment with their own rating.
 */
export function NoteForm({ assessmentId, items, thirdParty }: { assessmentId: string; items: Item[]; thirdParty: boolean }) {
  const router = useRouter();
  const t = useTranslations("review.noteForm");
  const tReview = useTranslations("review");
  const tRatings = useTranslations("ratings");
  const text = useMessageText();
  const [body, setBody] = useState("");
  const [criterionId, setCriterionId] = useState("");
  const [rating, setRating] = useState("");
  const kind = thirdParty ? "third-party" : "comment";
  const added = {
    onSuccess: () => {
      setBody("");
      router.refresh();
    },
  };
  // Both hooks always run (hooks cannot be conditional); a form only ever calls its own kind's action.
  const comment = useAction(addCommentAction, added);
  const assessment = useAction(addThirdPartyAssessmentAction, added);
  const action = thirdParty ? assessment : comment;
  const pending = action.isPending;
  const error = action.hasErrored ? actionErrorMessage(action.result) : null;
  const submit = () =>
    thirdParty
      ? assessment.execute({ assessmentId, rating: rating as (typeof ratings)[number], body })
      : comment.execute({ assessmentId, criterionId: criterionId || null, body });
  return (
    <section className="card no-print" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`} style={{ marginTop: 0 }}>
        {thirdParty ? t("thirdPartyTitle") : t("commentTitle")}
      </h2>
      {error && <p className="notice error" role="alert">{text(error)}</p>}
      {thirdParty ? (
        <div className="field">
          <label htmlFor={`${kind}-rating`}>{t("rating")}</label>
          <select id={`${kind}-rating`} value={rating} onChange={(e) => setRating(e.target.value)}>
            <option value="">{t("choose")}</option>
            {ratings.map((r) => (
              <option key={r} value={r}>{tRatings(r)}</option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${kind}-item`}>{t("about")}</label>
          <select id={`${kind}-item`} value={criterionId} onChange={(e) => setCriterionId(e.target.value)}>
            <option value="">{t("wholeAssessment")}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>{tReview("itemOption", { id: item.id, prompt: item.prompt })}</option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${kind}-body`}>{thirdParty ? t("findings") : t("comment")}</label>
        <textarea id={`${kind}-body`} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <button className="button" type="button" onClick={submit} disabled={pending}>
        {pending ? t("saving") : thirdParty ? t("addThirdParty") : t("addComment")}
      </button>
    </section>
  );
}
