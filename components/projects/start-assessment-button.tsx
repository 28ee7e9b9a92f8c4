"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startAssessmentAction } from "@/app/assessments/actions";
import type { ChecklistKind } from "@/lib/checklists/definition-schema";
import { NETWORK_ERROR } from "@/components/forms/apply-server-result";

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
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await startAssessmentAction({ projectId, kind, partnerId }).catch(() => undefined);
      if (result?.data) router.push(`/assessments/${result.data.assessmentId}`);
      else setError(result?.serverError ?? (result?.validationErrors ? "That checklist cannot be started." : NETWORK_ERROR));
    });
  return (
    <>
      <button className="button" type="button" onClick={start} disabled={pending}>
        {pending ? "Starting…" : label}
      </button>
      {error && <p className="field-error" role="alert">{error}</p>}
    </>
  );
}
