"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { cancelInvitationAction, inviteMemberAction } from "@/app/settings/members/actions";
import { actionErrorMessage, type ActionFailure } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";
import { isRole, roles, type Role } from "@/lib/auth/roles";
import { formatDay } from "@/lib/i18n/format";

type Invitation = { id: string; email: string; role: string | null; expiresAt: Date };

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/** Invitations go by link: the admin copies it to the colleague (no email is sent). */
export function InviteForm({ pending: invitations, origin }: { pending: Invitation[]; origin: string }) {
  const router = useRouter();
  const t = useTranslations("members.invite");
  const tRoles = useTranslations("roles");
  const locale = useLocale();
  const text = useMessageText();
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
      <h2 id="invite-title" style={{ marginTop: 0 }}>{t("title")}</h2>
      {error && <p className="notice error" role="alert">{text(error)}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor="invite-email">{t("email")}</label>
          <input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t("role")}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>{tRoles(r)}</option>
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
        {t("submit")}
      </button>
      {link && (
        <p className="notice" role="status">
          {t("sendLink")} <input aria-label={t("linkLabel")} readOnly value={link} onFocus={(e) => e.target.select()} />
        </p>
      )}
      {invitations.length > 0 && (
        <>
          <h3>{t("pending")}</h3>
          <ul>
            {invitations.map((i) => (
              <li key={i.id}>
                {t("pendingItem", { email: i.email, role: i.role && isRole(i.role) ? tRoles(i.role) : (i.role ?? "—"), date: formatDay(i.expiresAt, locale) })} ·{" "}
                <a href={`/invitations/${i.id}`}>{t("link")}</a>{" "}
                <button className="link-button" type="button" onClick={() => cancel.execute({ invitationId: i.id })}>
                  {t.rich("cancel", { email: i.email, hidden })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
