"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startAssessmentAction } from "@/app/assessments/actions";
import { actionErrorMessage } from "@/components/forms/action-error";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";

export function StartAssessmentButton({
  projectId,
  kind,
  partnerId = null,
  label,
}: {
  projectId: string;
  kind: ChecklistKind;
  partnerId?: string | null;
  label: string;
}) {
  const router = useRouter();
  const t = useTranslations("projects");
  const start = useAction(startAssessmentAction, {
    onSuccess: ({ data }) => router.push(`/assessments/${data.assessmentId}`),
  });
  // The page names the project and the checklist: input the action refuses is no choice the user made.
  const error = !start.hasErrored ? null : start.result.validationErrors ? t("cannotStart") : actionErrorMessage(start.result);
  return (
    <>
      <button className="button" type="button" onClick={() => start.execute({ projectId, kind, partnerId })} disabled={start.isPending}>
        {start.isPending ? t("starting") : label}
      </button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </>
  );
}
