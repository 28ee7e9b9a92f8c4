"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { authClient } from "@/lib/auth/auth-client";
import { authErrorRef } from "@/lib/auth/auth-error";

export function AcceptInvitationButton({ invitationId, organizationName }: { invitationId: string; organizationName: string }) {
  const t = useTranslations("invitation");
  const text = useMessageText();
  const [pending, startTransition] = useTransition();
  // A message reference: read when shown, so it follows the language the page is in.
  const [error, setError] = useState<string | null>(null);
  const accept = () =>
    startTransition(async () => {
      setError(null);
      const { data, error: failure } = await authClient.organization.acceptInvitation({ invitationId });
      if (failure || !data) return setError(authErrorRef(failure, "auth.errors.acceptFailed"));
      await authClient.organization.setActive({ organizationId: data.invitation.organizationId });
      // A full load: the new session cookie and organisation apply to every part of the page.
      window.location.assign("/");
    });
  return (
    <>
      {error && (
        <p className="notice error" role="alert">
          {text(error)}
        </p>
      )}
      <button className="button" type="button" onClick={accept} disabled={pending}>
        {pending ? t("joining") : t("join", { organization: organizationName })}
      </button>
    </>
  );
}
