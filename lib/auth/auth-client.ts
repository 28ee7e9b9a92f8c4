"use client";

import { organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { accessControl, pluginRoles } from "./roles";

/** The browser side of Better Auth: sign-in, sign-up, sign-out, organisations and invitations. */
export const authClient = createAuthClient({
  plugins: [organizationClient({ ac: accessControl, roles: pluginRoles })],
});
