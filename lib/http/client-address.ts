import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Who the client is, for the sign-in limiter: the address of the socket the request came in on,
 * unless the operator names the proxies in front of the app (TRUSTED_PROXIES: addresses, CIDR
 * ranges, or proxy-addr's names "loopback", "linklocal", "uniquelocal", comma-separated). Only
 * then does X-Forwarded-For count, and only the hops those proxies added: a made-up header from
 * the client is ignored, so rotating it no longer gives a new address per guess.
 *
 * The answer travels in a header of our own that nothing else sets; one the client sent is
 * replaced. Better Auth reads only that header (lib/auth/auth.ts).
 */
export const CLIENT_ADDRESS_HEADER = "x-app-client-address";

export type TrustRule = (address: string, hop: number) => boolean;

export function trustRuleFrom(setting: string | undefined): TrustRule {
  const entries = (setting ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nothing named: no proxy is trusted, the socket's address is the client's.
  return entries.length ? proxyaddr.compile(entries) : () => false;
}

/** Sets the request's client address header from the socket and, with trusted proxies, X-Forwarded-For. */
export function markClientAddress(request: IncomingMessage, trust: TrustRule) {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  if (!request.socket?.remoteAddress) return;
  request.headers[CLIENT_ADDRESS_HEADER] = proxyaddr(request, trust);
}
