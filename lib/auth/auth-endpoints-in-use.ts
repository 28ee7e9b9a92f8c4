/**
 * The Better Auth endpoints the app's own screens call, with their methods. Everything else the
 * library serves under /api/auth (its member directory, role changes, invitations, account
 * deletion, …) answers 404: the app manages members through its own actions, which check the
 * role table and write the audit log. lib/auth/one-door.ts enforces this list; the access tests
 * (app/api/auth/endpoint-access.test.ts) read the library's own endpoint list and fail when an
 * endpoint is neither here nor refused.
 */
export const authEndpointsInUse: Readonly<Record<string, readonly ("GET" | "POST")[]>> = {
  "/sign-in/email": ["POST"], // the sign-in form
  "/sign-up/email": ["POST"], // the sign-up form
  "/sign-out": ["POST"], // the header's sign-out button
  "/organization/create": ["POST"], // a new account's first organisation
  "/organization/set-active": ["POST"], // the organisation switcher, and after create or accept
  "/organization/accept-invitation": ["POST"], // the invitation page
};

/** The path inside /api/auth, without a trailing slash or query: "/sign-in/email". */
export function authEndpointPath(url: string, basePath = "/api/auth"): string {
  const { pathname } = new URL(url);
  const inside = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
  return inside.replace(/\/+$/, "") || "/";
}

export function isAuthEndpointInUse(method: string, url: string): boolean {
  return authEndpointsInUse[authEndpointPath(url)]?.includes(method.toUpperCase() as "GET" | "POST") ?? false;
}
