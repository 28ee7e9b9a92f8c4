import http from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "better-auth/node";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { rateLimit } from "@/db/schema";
import { setupTestDatabase } from "@/db/testing/test-database";
import { getAuth, resetAuth } from "@/lib/auth/auth";
import { installClientAddressRule, uninstallClientAddressRule } from "@/lib/http/client-address-rule";

/**
 * Guessing at sign-in through a real HTTP server with the app's client-address rule installed, as
 * under `next start`: a made-up X-Forwarded-For on every try is no new address, unless the
 * operator said the proxy in front (here: loopback, where the test's requests come from) is trusted.
 */
const db = setupTestDatabase({ withSample: true });
let server: http.Server | undefined;
beforeAll(() => resetAuth());
afterEach(async () => {
  uninstallClientAddressRule();
  // Each case starts with no count for this socket's address.
  await db().delete(rateLimit);
  await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
  server = undefined;
});

async function serve(trustedProxies: string | undefined) {
  installClientAddressRule(trustedProxies);
  server = http.createServer(toNodeHandler(await getAuth()));
  await new Promise<void>((ready) => server!.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

async function guesses(base: string, email: string, count: number) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": `10.9.${i}.${i + 1}` },
      body: JSON.stringify({ email, password: `wrong-password-${i}` }),
    });
    statuses.push(response.status);
  }
  return statuses;
}

describe("a new X-Forwarded-For on every guess", () => {
  it("is ignored when no proxy is trusted: the sixth guess from this socket gets 429", async () => {
    const base = await serve(undefined);
    expect(await guesses(base, "staff@demo.org", 6)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("counts when the proxy it came through is trusted: each forwarded address has its own limit", async () => {
    const base = await serve("loopback");
    expect(await guesses(base, "manager@demo.org", 6)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  it("from an untrusted proxy, is ignored even when other proxies are trusted", async () => {
    const base = await serve("10.0.0.0/8");
    expect(await guesses(base, "admin@demo.org", 6)).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
