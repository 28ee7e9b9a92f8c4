import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { listMembersForOrg, listPendingInvitationsForOrg } from "@/db/queries/membership-admin";
import { listProjectsForOrg } from "@/db/queries/projects";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRow } from "@/components/members/member-row";
import { requirePermission } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  await connection();
  const session = await requirePermission("members:manage");
  const [members, invitations, projects] = await Promise.all([
    listMembersForOrg(session),
    listPendingInvitationsForOrg(session),
    listProjectsForOrg(session),
  ]);
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  return (
    <>
      <h1>Members of {session.organizationName}</h1>
      <p className="muted">
        Staff fill in and submit assessments; managers also review, approve or return them; admins also manage members.
        Evaluators are outside third parties who see only the projects ticked for them.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Projects</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <MemberRow key={m.memberId} member={m} projects={projects.map((p) => ({ id: p.id, name: p.name }))} isSelf={m.userId === session.userId} />
          ))}
        </tbody>
      </table>
      <InviteForm pending={invitations} origin={origin} />
    </>
  );
}
