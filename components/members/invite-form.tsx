"use client";

import { useState } from "react";
import { cancelInvitationAction, inviteMemberAction } from "@/app/settings/members/actions";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";
import { useMemberAction } from "./use-member-action";

type Invitation = { id: string; email: string; role: string | null; expiresAt: Date };

/** Invitations go by link: the admin copies it to the colleague (no email is sent). */
export function InviteForm({ pending: invitations, origin }: { pending: Invitation[]; origin: string }) {
  const { pending, error, run } = useMemberAction();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("staff");
  const [link, setLink] = useState<string | null>(null);
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
        onClick={() => run(() => inviteMemberAction({ email, role }), (data) => { setLink(`${origin}${data.link}`); setEmail(""); })}
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
                <button className="link-button" type="button" onClick={() => run(() => cancelInvitationAction({ invitationId: i.id }))}>
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
