import type { BetterAuthPlugin } from "better-auth";
import { isAuthEndpointInUse } from "./auth-endpoints-in-use";

/**
 * Better Auth's handler answers only the endpoints the app uses. An allowlist rather than the
 * library's `disabledPaths`: that option matches exact paths, so it cannot turn off endpoints with a
 * parameter (`/callback/:id`, `/reset-password/:token`), and every endpoint a library upgrade adds
 * would be open until someone listed it. Server code calling `auth.api.*` does not pass here.
 */
export const oneDoor = {
  id: "one-door",
  async onRequest(request) {
    if (isAuthEndpointInUse(request.method, request.url)) return;
    return { response: Response.json({ code: "NOT_FOUND", message: "Not found" }, { status: 404 }) };
  },
} satisfies BetterAuthPlugin;
