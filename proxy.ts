import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, servedOverHttps, strictTransportSecurity } from "./lib/http/security-headers";

// /language: the switcher on the sign-in page posts there before anyone is signed in.
const publicPaths = ["/sign-in", "/sign-up", "/invitations/", "/language"];
// Better Auth's endpoint and the service worker script: they get headers here, never a redirect.
const apiPaths = ["/api/auth", "/api/serwist"];

/**
 * Redirects a visitor without a session cookie to sign-in (whether the session is valid, and what
 * it may see, is decided on the server by lib/session.ts and the queries), and sets the headers
 * that cannot be fixed in next.config.ts (lib/http/security-headers.ts): the page's
 * Content-Security-Policy with this request's nonce, and HSTS when the app runs over https.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = servedOverHttps(process.env.BETTER_AUTH_URL);
  if (apiPaths.some((p) => pathname.startsWith(p))) return withHeaders(NextResponse.next(), https);
  const allowed = publicPaths.some((p) => pathname.startsWith(p)) || Boolean(getSessionCookie(request));
  if (!allowed) {
    const url = new URL("/sign-in", request.url);
    if (pathname !== "/") url.searchParams.set("next", pathname + search);
    return withHeaders(NextResponse.redirect(url), https);
  }
  const csp = contentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development", https });
  // Next reads the nonce from the request's policy and puts it on its scripts; the browser enforces the response's.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withHeaders(response, https);
}

function withHeaders(response: NextResponse, https: boolean) {
  if (https) response.headers.set(strictTransportSecurity.key, strictTransportSecurity.value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
