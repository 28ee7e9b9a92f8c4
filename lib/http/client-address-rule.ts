import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { markClientAddress, trustRuleFrom } from "./client-address";

/**
 * Marks every request the Node server receives with its client address, before Next.js sees it.
 * Node publishes each request on this channel just before the server's "request" event, so this
 * works the same under `next start`, `next dev` and a standalone build, with no server of our own.
 * Installed once from instrumentation.ts; a request with no mark (none should arrive) has no
 * address, and Better Auth then puts it in one shared bucket, the strictest limit.
 */
const CHANNEL = "http.server.request.start";
type Installed = { __clientAddressRule?: (message: unknown) => void };
const store = globalThis as Installed;

export function installClientAddressRule(trustedProxies = process.env.TRUSTED_PROXIES) {
  uninstallClientAddressRule();
  const trust = trustRuleFrom(trustedProxies);
  const onRequest = (message: unknown) => markClientAddress((message as { request: IncomingMessage }).request, trust);
  diagnosticsChannel.subscribe(CHANNEL, onRequest);
  store.__clientAddressRule = onRequest;
}

export function uninstallClientAddressRule() {
  if (store.__clientAddressRule) diagnosticsChannel.unsubscribe(CHANNEL, store.__clientAddressRule);
  store.__clientAddressRule = undefined;
}
