import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// /language: the switcher on the sign-in page posts there before anyone is signed in.
const publicPaths = ["/sign-in", "/sign-up", "/invitations/", "/language"];

/**
 * Only redirects: a visitor without a session cookie goes to sign-in. Whether the session is
 * valid, and what it may see, is decided on the server by lib/session.ts and the queries.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (publicPaths.some((p) => pathname.startsWith(p))) return NextResponse.next();
  if (getSessionCookie(request)) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  if (pathname !== "/") url.searchParams.set("next", pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/auth|api/serwist|_next/static|_next/image|favicon.ico).*)"],
};
