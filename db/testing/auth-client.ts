import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { getAuth } from "@/lib/auth/auth";

/**
 * Calls Better Auth's HTTP handler as the browser would: JSON, the app's origin, a client address.
 * Each call gets its own address unless one is given, so the per-address limiter stays out of
 * tests that are not about it.
 */
export const authOrigin = "http://localhost:3000";
let nextAddress = 1;

export async function callAuth(
  method: "GET" | "POST",
  path: string,
  options: { body?: unknown; cookie?: string; address?: string } = {},
): Promise<Response> {
  const auth = await getAuth();
  const address = options.address ?? `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
  const headers: Record<string, string> = { origin: authOrigin, [CLIENT_ADDRESS_HEADER]: address };
  if (options.cookie) headers.cookie = options.cookie;
  if (method === "POST") headers["content-type"] = "application/json";
  return auth.handler(
    new Request(`${authOrigin}/api/auth${path}`, { method, headers, body: method === "POST" ? JSON.stringify(options.body ?? {}) : undefined }),
  );
}

/** Signs in with email and password and returns the session cookie. */
export async function signInCookie(email: string, password: string): Promise<string> {
  const response = await callAuth("POST", "/sign-in/email", { body: { email, password } });
  if (response.status !== 200) throw new Error(`Sign-in as ${email} answered ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** Every HTTP endpoint Better Auth serves with the app's configuration, read from the library itself. */
export async function libraryEndpoints(): Promise<Array<{ path: string; methods: ("GET" | "POST")[] }>> {
  const auth = await getAuth();
  type Endpoint = { path?: string; options?: { method?: string | string[]; metadata?: { SERVER_ONLY?: boolean } } };
  return Object.values(auth.api as unknown as Record<string, Endpoint>)
    .filter((e) => e.path && !e.options?.metadata?.SERVER_ONLY)
    .map((e) => {
      const method = e.options?.method ?? "GET";
      const methods = (Array.isArray(method) ? method : [method]).filter((m): m is "GET" | "POST" => m === "GET" || m === "POST");
      return { path: e.path!, methods };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
