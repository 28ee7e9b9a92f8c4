import Link from "next/link";
import { connection } from "next/server";
import { OrganizationSwitcher } from "@/components/auth/organization-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can, roleLabels } from "@/lib/auth/roles";
import { resolveSession } from "@/lib/session";

/** The top bar: what the role may open, the organisation switcher and the user. */
export async function SiteHeader() {
  // Per request only: without this the build would try to prerender the header and open the database.
  await connection();
  const resolved = await resolveSession();
  const ctx = resolved.kind === "ok" ? resolved.context : null;
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href="/">
          Project risk assessment
        </Link>
        <nav aria-label="Main">
          {ctx && (
            <>
              <Link href="/">Home</Link>
              <Link href="/projects">Projects</Link>
              <Link href="/portfolio">Portfolio</Link>
              {can(ctx.role, "audit:read") && <Link href="/audit">Audit log</Link>}
              {can(ctx.role, "members:manage") && <Link href="/settings/members">Members</Link>}
            </>
          )}
        </nav>
        {resolved.kind === "ok" && ctx && (
          <>
            <OrganizationSwitcher current={ctx.organizationId} options={resolved.memberships} />
            <span className="org">
              {ctx.userName} · {roleLabels[ctx.role]}
            </span>
            <SignOutButton />
          </>
        )}
        {resolved.kind === "no-organisation" && <SignOutButton />}
      </div>
    </header>
  );
}
