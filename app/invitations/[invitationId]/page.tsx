import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AcceptInvitationButton } from "@/components/auth/accept-invitation-button";
import { getInvitationById } from "@/db/queries/membership-admin";
import { isRole, roleLabels } from "@/lib/auth/roles";
import { getSignedInUser } from "@/lib/session";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ invitationId: string }> }) {
  const { invitationId } = await params;
  const invitation = await getInvitationById(invitationId);
  if (!invitation) notFound();
  const signedIn = await getSignedInUser();
  const here = `/invitations/${invitationId}`;
  const usable = invitation.status === "pending" && invitation.expiresAt > new Date();
  const role = isRole(invitation.role) ? roleLabels[invitation.role] : "member";
  return (
    <div className="card" style={{ maxWidth: 560 }}>
      <h1>Join {invitation.organizationName}</h1>
      <p>
        This invitation is for <strong>{invitation.email}</strong>, as <strong>{role}</strong>.
      </p>
      {!usable ? (
        <p className="notice error">This invitation has been {invitation.status === "pending" ? "expired" : invitation.status}. Ask the admin for a new link.</p>
      ) : !signedIn ? (
        <div className="actions-row">
          <Link className="button" href={`/sign-up?next=${encodeURIComponent(here)}`}>
            Create an account
          </Link>
          <Link className="button secondary" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            Sign in
          </Link>
        </div>
      ) : signedIn.user.email !== invitation.email ? (
        <p className="notice error">
          You are signed in as {signedIn.user.email}. Sign out and sign in as {invitation.email} to accept.
        </p>
      ) : (
        <AcceptInvitationButton invitationId={invitationId} organizationName={invitation.organizationName} />
      )}
    </div>
  );
}
