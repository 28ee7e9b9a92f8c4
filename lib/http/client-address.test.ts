import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { installClientAddressRule, uninstallClientAddressRule } from "./client-address-rule";

/** What a request handler sees as the client address, through a real socket. */
let server: http.Server | undefined;
afterEach(async () => {
  uninstallClientAddressRule();
  await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
});

async function seen(trustedProxies: string | undefined, headers: Record<string, string>) {
  installClientAddressRule(trustedProxies);
  server = http.createServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER] ?? "")));
  await new Promise<void>((ready) => server!.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
}

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever the headers say", async () => {
    expect(await seen(undefined, { "x-forwarded-for": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "203.0.113.10" })).toBe("127.0.0.1");
  });

  it("is the forwarded one when the socket is a trusted proxy", async () => {
    expect(await seen("loopback", { "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
  });

  it("stops at the first hop that is not a trusted proxy", async () => {
    // The client wrote 6.6.6.6 itself; the trusted proxy 10.0.0.2 saw 203.0.113.9 connect.
    expect(await seen("loopback, 10.0.0.0/8", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" })).toBe("203.0.113.9");
  });
});
