"use client";

import { organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { accessControl, pluginRoles } from "./roles";

/** The browser side of Better Auth: sign-in, sign-up, sign-out, organisations and invitations. */
export const authClient = createAuthClient({
  plugins: [organizationClient({ ac: accessControl, roles: pluginRoles })],
});

/** Better Auth's error, in words for the user; rate limiting gets its own message. */
export function authErrorMessage(error: { status?: number; message?: string } | null | undefined, fallback: string) {
  if (!error) return fallback;
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  return error.message || fallback;
}
