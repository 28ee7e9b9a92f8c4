"use client";

import { changeMemberRoleAction, removeMemberAction, setEvaluatorProjectsAction } from "@/app/settings/members/actions";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";
import { useMemberAction } from "./use-member-action";

type Member = { memberId: string; name: string; email: string; role: string; projectIds: string[] };

export function MemberRow({ member, projects, isSelf }: { member: Member; projects: Array<{ id: string; name: string }>; isSelf: boolean }) {
  const { pending, error, run } = useMemberAction();
  const remove = () => {
    if (!window.confirm(`Remove ${member.name} from the organisation? They are signed out of it at once.`)) return;
    run(() => removeMemberAction({ memberId: member.memberId }));
  };
  return (
    <tr>
      <th scope="row">
        {member.name}
        {isSelf && <span className="muted small"> (you)</span>}
        <div className="small muted">{member.email}</div>
        {error && <p className="field-error" role="alert">{error}</p>}
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`role-${member.memberId}`}>Role of {member.name}</label>
        <select
          id={`role-${member.memberId}`}
          value={member.role}
          disabled={pending}
          onChange={(e) => run(() => changeMemberRoleAction({ memberId: member.memberId, role: e.target.value as Role }))}
        >
          {roles.map((r) => (
            <option key={r} value={r}>{roleLabels[r]}</option>
          ))}
        </select>
      </td>
      <td>
        {member.role === "evaluator" ? (
          <fieldset>
            <legend className="small">Projects {member.name} may see</legend>
            {projects.map((p) => (
              <label key={p.id} style={{ display: "block" }}>
                <input
                  type="checkbox"
                  checked={member.projectIds.includes(p.id)}
                  disabled={pending}
                  onChange={(e) => {
                    const ids = e.target.checked ? [...member.projectIds, p.id] : member.projectIds.filter((id) => id !== p.id);
                    run(() => setEvaluatorProjectsAction({ memberId: member.memberId, projectIds: ids }));
                  }}
                />{" "}
                {p.name}
              </label>
            ))}
          </fieldset>
        ) : (
          <span className="muted small">All projects</span>
        )}
      </td>
      <td>
        <button className="button secondary" type="button" onClick={remove} disabled={pending}>
          Remove<span className="visually-hidden"> {member.name}</span>
        </button>
      </td>
    </tr>
  );
}
