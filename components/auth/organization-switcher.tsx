"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { loadAuthClient } from "@/lib/auth/load-auth-client";

type Option = { organizationId: string; organizationName: string };

/** Switches the session's active organisation; every page then shows that organisation only. */
export function OrganizationSwitcher({ current, options }: { current: string; options: Option[] }) {
  const t = useTranslations("auth");
  const [pending, startTransition] = useTransition();
  if (options.length < 2) return <span className="org">{options[0]?.organizationName}</span>;
  return (
    <label className="org">
      <span className="visually-hidden">{t("organization")}</span>
      <select
        value={current}
        disabled={pending}
        onChange={(e) =>
          startTransition(async () => {
            await (await loadAuthClient()).organization.setActive({ organizationId: e.target.value });
            // A full load: the new session cookie and organisation apply to every part of the page.
            window.location.assign("/");
          })
        }
      >
        {options.map((o) => (
          <option key={o.organizationId} value={o.organizationId}>
            {o.organizationName}
          </option>
        ))}
      </select>
    </label>
  );
}
