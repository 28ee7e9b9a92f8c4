"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { SectionFormValues } from "@/lib/forms/section-values";

/**
 * "Mark the rest of this section not applicable", with one reason for all of them: a partner
 * section that does not apply otherwise needs the same note typed on every item. Only unanswered
 * items change, so nothing anyone answered is overwritten; each change autosaves like a click.
 */
export function MarkRestNotApplicable({ control, onApply }: { control: Control<SectionFormValues>; onApply: (reason: string) => void }) {
  const t = useTranslations("markRest");
  // Watched here, not in the form: an answer then re-renders this control, not every question.
  const items = useWatch({ control, name: "items" });
  const unanswered = (items ?? []).filter((i) => !i.value).length;
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  if (unanswered === 0) return null;
  const apply = () => {
    if (!reason.trim()) {
      setError(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    onApply(reason.trim());
    setReason("");
    setError(false);
    if (details.current) details.current.open = false;
  };
  return (
    <details className="mark-rest card" ref={details}>
      <summary>{t("summary", { count: unanswered })}</summary>
      <p className="hint">{t("explain")}</p>
      <div className={`field${error ? " invalid" : ""}`}>
        <label htmlFor={`${id}-reason`}>{t("reason")}</label>
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {t("reasonNeeded")}
          </p>
        )}
        <textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button className="button secondary" type="button" onClick={apply}>
        {t("apply", { count: unanswered })}
      </button>
    </details>
  );
}
