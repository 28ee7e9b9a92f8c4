/**
 * The Better Auth client for controls in the header (sign out, switch organisation), loaded when
 * they are used: every page shows them, and most visits never press them, so the client's code is
 * not part of every page's JavaScript.
 */
export async function loadAuthClient() {
  const { authClient } = await import("./auth-client");
  return authClient;
}
