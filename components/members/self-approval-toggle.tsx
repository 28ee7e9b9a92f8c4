"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setSelfApprovalAction } from "@/app/settings/members/actions";
import { actionErrorMessage, type ActionFailure } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";

/** The organisation's one exception to four eyes, for one-person teams: saved as soon as it is ticked. */
export function SelfApprovalToggle({ allowed }: { allowed: boolean }) {
  const router = useRouter();
  const t = useTranslations("members.selfApproval");
  const text = useMessageText();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useAction(setSelfApprovalAction, {
    onExecute: () => {
      setError(null);
      setSaved(false);
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
    onError: ({ error }: { error: ActionFailure }) => setError(actionErrorMessage(error)),
  });
  return (
    <section className="card" aria-labelledby="self-approval-title">
      <h2 id="self-approval-title" style={{ marginTop: 0 }}>{t("title")}</h2>
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={allowed}
            disabled={save.isPending}
            aria-describedby="self-approval-hint"
            onChange={(e) => save.execute({ allowed: e.target.checked })}
          />{" "}
          {t("label")}
        </label>
        <p className="hint" id="self-approval-hint">{t("hint")}</p>
      </div>
      <p role="status" className="small">{saved && !error ? t("saved") : null}</p>
      {error && <p className="notice error" role="alert">{text(error)}</p>}
    </section>
  );
}
