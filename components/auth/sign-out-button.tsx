"use client";

import { authClient } from "@/lib/auth/auth-client";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await authClient.signOut();
        // A full load: the new session cookie and organisation apply to every part of the page.
        window.location.assign("/sign-in");
      }}
    >
      Sign out
    </button>
  );
}
