import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { getSelfApprovalForOrg, listMembersForOrg, listPendingInvitationsForOrg } from "@/db/queries/membership-admin";
import { listProjectsForOrg } from "@/db/queries/projects";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRow } from "@/components/members/member-row";
import { SelfApprovalToggle } from "@/components/members/self-approval-toggle";
import { requirePermission } from "@/lib/auth/guard";
import { collatorFor, defaultLocale, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("metaTitle") };
}

export default async function MembersPage() {
  await connection();
  const session = await requirePermission("members:manage");
  const [members, invitations, projects, selfApproval] = await Promise.all([
    listMembersForOrg(session),
    listPendingInvitationsForOrg(session),
    listProjectsForOrg(session),
    getSelfApprovalForOrg(session),
  ]);
  const [t, locale] = await Promise.all([getTranslations("members"), getLocale()]);
  const compare = collatorFor(isLocale(locale) ? locale : defaultLocale).compare;
  // Names in the reader's alphabetical order (for Chinese, pinyin), not the database's byte order.
  const sortedMembers = [...members].sort((a, b) => compare(a.name, b.name));
  // The evaluator's project list reads in the reader's alphabetical (for Chinese, pinyin) order.
  const projectOptions = projects.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => compare(a.name, b.name));
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  return (
    <>
      <h1>{t("title", { organization: session.organizationName })}</h1>
      <p className="muted">{t("intro")}</p>
      {/* Positioned, so the hidden labels inside it (absolute) do not widen the page; on a phone each member is a card. */}
      <div className="table-wrap" style={{ position: "relative" }}>
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.member")}</th>
              <th scope="col">{t("columns.role")}</th>
              <th scope="col">{t("columns.projects")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sortedMembers.map((m) => (
              <MemberRow key={m.memberId} member={m} projects={projectOptions} isSelf={m.userId === session.userId} />
            ))}
          </tbody>
        </table>
      </div>
      <InviteForm pending={invitations} origin={origin} />
      <SelfApprovalToggle allowed={selfApproval} />
    </>
  );
}
