"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { removeOwnRiskAction } from "@/app/assessments/own-risk-actions";
import { useMessageText } from "@/components/i18n/use-message-text";
import { useOnlineStatus } from "@/components/offline/use-online-status";

/**
 * Removes an own risk from the draft after asking. The page is then rendered again without it
 * (the section form starts afresh for the new list of items; changes not yet sent stay on the device).
 */
export function RemoveOwnRisk({ assessmentId, criterionId, title }: { assessmentId: string; criterionId: string; title: string }) {
  const t = useTranslations("ownRisks");
  const text = useMessageText();
  const online = useOnlineStatus();
  const router = useRouter();
  const remove = useAction(removeOwnRiskAction);
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    if (!window.confirm(t("confirmRemove", { title }))) return;
    setError(null);
    const result = await remove.executeAsync({ assessmentId, criterionId });
    if (result?.data) router.refresh();
    else setError(result?.serverError ?? t("failed"));
  };
  return (
    <div className="own-risk-remove">
      {error && <p className="field-error" role="alert">{text(error)}</p>}
      <button type="button" className="button secondary small" onClick={() => void onClick()} disabled={!online || remove.isPending}>
        {t("remove")}
        <span className="visually-hidden"> {title}</span>
      </button>
    </div>
  );
}
