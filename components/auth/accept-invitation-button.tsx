"use client";

import { useState, useTransition } from "react";
import { authClient, authErrorMessage } from "@/lib/auth/auth-client";

export function AcceptInvitationButton({ invitationId, organizationName }: { invitationId: string; organizationName: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const accept = () =>
    startTransition(async () => {
      setError(null);
      const { data, error: failure } = await authClient.organization.acceptInvitation({ invitationId });
      if (failure || !data) return setError(authErrorMessage(failure, "The invitation could not be accepted."));
      await authClient.organization.setActive({ organizationId: data.invitation.organizationId });
      // A full load: the new session cookie and organisation apply to every part of the page.
      window.location.assign("/");
    });
  return (
    <>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <button className="button" type="button" onClick={accept} disabled={pending}>
        {pending ? "Joining…" : `Join ${organizationName}`}
      </button>
    </>
  );
}
