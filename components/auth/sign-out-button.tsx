"use client";

import { useTranslations } from "next-intl";
import { forgetOfflinePages } from "@/components/offline/forget-offline-pages";
import { loadAuthClient } from "@/lib/auth/load-auth-client";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await (await loadAuthClient()).signOut();
        // After the session has ended, so that no page fetched with it is kept after the emptying.
        await forgetOfflinePages();
        // A full load: the new session cookie and organisation apply to every part of the page.
        window.location.assign("/sign-in");
      }}
    >
      {t("signOut")}
    </button>
  );
}
