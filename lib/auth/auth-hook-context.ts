import type { createAuthMiddleware } from "better-auth/api";

/** What a Better Auth `hooks.before` / `hooks.after` function is given. */
export type AuthHookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
