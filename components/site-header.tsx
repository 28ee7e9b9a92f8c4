import Link from "next/link";
import { Suspense } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OrganizationSwitcher } from "@/components/auth/organization-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { can } from "@/lib/auth/roles";
import { resolveSession } from "@/lib/session";

/** The top bar: what the role may open, the organisation switcher, the language and the user. */
export async function SiteHeader() {
  // Per request only: without this the build would try to prerender the header and open the database.
  await connection();
  const [resolved, t, tRoles] = await Promise.all([resolveSession(), getTranslations("header"), getTranslations("roles")]);
  const ctx = resolved.kind === "ok" ? resolved.context : null;
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href="/">
          {t("brand")}
        </Link>
        <nav aria-label={t("mainNav")}>
          {ctx && (
            <>
              <Link href="/">{t("home")}</Link>
              <Link href="/projects">{t("projects")}</Link>
              <Link href="/portfolio">{t("portfolio")}</Link>
              {can(ctx.role, "audit:read") && <Link href="/audit">{t("audit")}</Link>}
              {can(ctx.role, "members:manage") && <Link href="/settings/members">{t("members")}</Link>}
            </>
          )}
        </nav>
        {resolved.kind === "ok" && ctx && (
          // The organisation above the person: one narrow block, so the links keep one line on a laptop.
          <div className="who">
            <OrganizationSwitcher current={ctx.organizationId} options={resolved.memberships} />
            <span className="org">{t("userAndRole", { name: ctx.userName, role: tRoles(ctx.role) })}</span>
          </div>
        )}
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
        {resolved.kind !== "signed-out" && <SignOutButton />}
      </div>
    </header>
  );
}
