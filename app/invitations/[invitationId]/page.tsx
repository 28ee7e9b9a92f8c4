import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationButton } from "@/components/auth/accept-invitation-button";
import { getInvitationById } from "@/db/queries/membership-admin";
import { isRole } from "@/lib/auth/roles";
import { getSignedInUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitation");
  return { title: t("metaTitle") };
}

/** The page an invitation link opens (no email is sent: the admin passes the link on). */
export default async function InvitationPage({ params }: { params: Promise<{ invitationId: string }> }) {
  const { invitationId } = await params;
  const invitation = await getInvitationById(invitationId);
  if (!invitation) notFound();
  const [signedIn, t, tRoles] = await Promise.all([getSignedInUser(), getTranslations("invitation"), getTranslations("roles")]);
  const here = `/invitations/${invitationId}`;
  const usable = invitation.status === "pending" && invitation.expiresAt > new Date();
  const role = isRole(invitation.role) ? tRoles(invitation.role) : t("anyRole");
  const organization = invitation.organizationName;
  return (
    <div className="card" style={{ maxWidth: 560 }}>
      <h1>{t("title", { organization })}</h1>
      <p>{t.rich("forWhom", { email: invitation.email, role, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {!usable ? (
        <p className="notice error">{t("unusable", { status: invitation.status === "pending" ? "expired" : invitation.status })}</p>
      ) : !signedIn ? (
        <div className="actions-row">
          <Link className="button" href={`/sign-up?next=${encodeURIComponent(here)}`}>
            {t("createAccount")}
          </Link>
          <Link className="button secondary" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            {t("signIn")}
          </Link>
        </div>
      ) : signedIn.user.email !== invitation.email ? (
        <p className="notice error">{t("wrongAccount", { current: signedIn.user.email, email: invitation.email })}</p>
      ) : (
        <AcceptInvitationButton invitationId={invitationId} organizationName={organization} />
      )}
    </div>
  );
}
