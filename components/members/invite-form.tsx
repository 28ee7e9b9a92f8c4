"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { cancelInvitationAction, inviteMemberAction } from "@/app/settings/members/actions";
import { actionErrorMessage, type ActionFailure } from "@/components/forms/action-error";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";

type Invitation = { id: string; email: string; role: string | null; expiresAt: Date };

/** Invitations go by link: the admin copies it to the colleague (no email is sent). */
export function InviteForm({ pending: invitations, origin }: { pending: Invitation[]; origin: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("staff");
  const [link, setLink] = useState<string | null>(null);
  // One message line for both actions: it shows the last one's failure. Success refreshes the lists.
  const callbacks = { onExecute: () => setError(null), onError: ({ error }: { error: ActionFailure }) => setError(actionErrorMessage(error)) };
  const invite = useAction(inviteMemberAction, {
    ...callbacks,
    onSuccess: ({ data }) => {
      setLink(`${origin}${data.link}`);
      setEmail("");
      router.refresh();
    },
  });
  const cancel = useAction(cancelInvitationAction, { ...callbacks, onSuccess: () => router.refresh() });
  const pending = invite.isPending || cancel.isPending;
  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" style={{ marginTop: 0 }}>Invite a colleague or an evaluator</h2>
      {error && <p className="notice error" role="alert">{error}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>{roleLabels[r]}</option>
            ))}
          </select>
        </div>
      </div>
      <button
        className="button"
        type="button"
        disabled={pending}
        onClick={() => invite.execute({ email, role })}
      >
        Create invitation link
      </button>
      {link && (
        <p className="notice" role="status">
          Send this link to your colleague: <input aria-label="Invitation link" readOnly value={link} onFocus={(e) => e.target.select()} />
        </p>
      )}
      {invitations.length > 0 && (
        <>
          <h3>Pending invitations</h3>
          <ul>
            {invitations.map((i) => (
              <li key={i.id}>
                {i.email} as {i.role} · expires {i.expiresAt.toISOString().slice(0, 10)} ·{" "}
                <a href={`/invitations/${i.id}`}>link</a>{" "}
                <button className="link-button" type="button" onClick={() => cancel.execute({ invitationId: i.id })}>
                  Cancel<span className="visually-hidden"> the invitation of {i.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
