"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { changeMemberRoleAction, removeMemberAction, setEvaluatorProjectsAction } from "@/app/settings/members/actions";
import { actionErrorMessage, type ActionFailure } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";
import { roles, type Role } from "@/lib/auth/roles";

type Member = { memberId: string; name: string; email: string; role: string; projectIds: string[] };

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function MemberRow({ member, projects, isSelf }: { member: Member; projects: Array<{ id: string; name: string }>; isSelf: boolean }) {
  const router = useRouter();
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const text = useMessageText();
  const [error, setError] = useState<string | null>(null);
  // One message line for the row's three actions: it shows the last one's failure. Success refreshes the table.
  const callbacks = {
    onExecute: () => setError(null),
    onSuccess: () => router.refresh(),
    onError: ({ error }: { error: ActionFailure }) => setError(actionErrorMessage(error)),
  };
  const changeRole = useAction(changeMemberRoleAction, callbacks);
  const removeMember = useAction(removeMemberAction, callbacks);
  const setProjects = useAction(setEvaluatorProjectsAction, callbacks);
  const pending = changeRole.isPending || removeMember.isPending || setProjects.isPending;
  const remove = () => {
    if (!window.confirm(t("confirmRemove", { name: member.name }))) return;
    removeMember.execute({ memberId: member.memberId });
  };
  return (
    <tr>
      <th scope="row">
        {member.name}
        {isSelf && <span className="muted small"> {t("you")}</span>}
        <div className="small muted">{member.email}</div>
        {error && <p className="field-error" role="alert">{text(error)}</p>}
      </th>
      <td data-label={t("columns.role")} className="stack-wide">
        <label className="visually-hidden" htmlFor={`role-${member.memberId}`}>{t("roleOf", { name: member.name })}</label>
        <select
          id={`role-${member.memberId}`}
          value={member.role}
          disabled={pending}
          style={{ minWidth: "7em" }}
          onChange={(e) => changeRole.execute({ memberId: member.memberId, role: e.target.value as Role })}
        >
          {roles.map((r) => (
            <option key={r} value={r}>{tRoles(r)}</option>
          ))}
        </select>
      </td>
      <td data-label={t("columns.projects")} className="stack-wide">
        {member.role === "evaluator" ? (
          <fieldset>
            <legend className="small">{t("projectsOf", { name: member.name })}</legend>
            {projects.map((p) => (
              <label key={p.id} style={{ display: "block" }}>
                <input
                  type="checkbox"
                  checked={member.projectIds.includes(p.id)}
                  disabled={pending}
                  onChange={(e) => {
                    const ids = e.target.checked ? [...member.projectIds, p.id] : member.projectIds.filter((id) => id !== p.id);
                    setProjects.execute({ memberId: member.memberId, projectIds: ids });
                  }}
                />{" "}
                {p.name}
              </label>
            ))}
          </fieldset>
        ) : (
          <span className="muted small">{t("allProjects")}</span>
        )}
      </td>
      <td>
        <button className="button secondary" type="button" onClick={remove} disabled={pending} style={{ whiteSpace: "nowrap" }}>
          {t.rich("remove", { name: member.name, hidden })}
        </button>
      </td>
    </tr>
  );
}
