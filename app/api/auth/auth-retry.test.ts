import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase, type OpenDatabase } from "@/db/client";
import { startScript } from "@/db/testing/child-process";
import { serverUrl } from "@/db/testing/temporary-database";
import { resetAuth } from "@/lib/auth/auth";
import { POST } from "./[...all]/route";

/**
 * The database is not there when the first request comes (the embedded folder still held by a
 * process on its way out, PostgreSQL not up yet), then it is. The next request must work: a cached
 * failure used to answer every request with a 500 until the server was restarted.
 */
const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR, SEED_DEMO: process.env.SEED_DEMO };
const cleanups: Array<() => Promise<unknown> | unknown> = [];
// Any request to Better Auth waits for the database to open (lib/auth/auth.ts): sign-out is the
// cheapest one the app serves (no password hashing, which is slow on a busy machine).
const signOut = () =>
  POST(
    new Request("http://localhost:3000/api/auth/sign-out", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", [CLIENT_ADDRESS_HEADER]: "198.51.100.9" },
      body: "{}",
    }),
  );

beforeAll(() => {
  useDatabase(undefined);
  resetAuth();
  process.env.SEED_DEMO = "false";
});
afterAll(async () => {
  const opened = await (globalThis as { __riskDb?: Promise<OpenDatabase> }).__riskDb?.catch(() => undefined);
  await opened?.close();
  useDatabase(undefined);
  resetAuth();
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

async function freePort() {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await new Promise((ready) => probe.once("listening", ready));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((closed) => probe.close(closed));
  return port;
}

/** PostgreSQL "coming up" on a port where nothing answered before: a proxy to the real server. */
function forwardTo(port: number, target: URL) {
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    client.pipe(server).pipe(client);
    client.on("error", () => server.destroy());
    server.on("error", () => client.destroy());
  });
  cleanups.push(() => new Promise((closed) => proxy.close(closed)));
  return new Promise<void>((ready) => proxy.listen(port, "127.0.0.1", ready));
}

describe.runIf(process.env.TEST_DATABASE === "postgres")("PostgreSQL down when the first request comes, then up", () => {
  it("answers the next request once the server answers, at the same address", async () => {
    const name = `risk_test_${randomUUID().replaceAll("-", "")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    cleanups.push(async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    });
    const port = await freePort();
    process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/${name}`;

    // Refused by the start-up lock's connection itself, or by the first migration's statement.
    const refusal = (await signOut().then(() => null, (error: unknown) => error)) as { code?: string; cause?: { code?: string } } | null;
    expect(refusal?.code ?? refusal?.cause?.code).toBe("ECONNREFUSED");
    await forwardTo(port, new URL(serverUrl));
    const response = await signOut();
    expect(response.status).toBe(200);
    // A child process and two database opens: slow on a busy machine, so a generous ceiling.
  }, 120_000);
});

describe.runIf(process.env.TEST_DATABASE !== "postgres")("the embedded folder held by another process at the first request, then free", () => {
  it("answers the next request once the other process is gone", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "risk-retry-"));
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = folder;
    const holder = startScript("db/testing/lock-holder.ts", [folder]);
    cleanups.push(holder.stop);
    const pid = (await holder.waitForLine(/^locked (\d+)$/))[1];

    await expect(signOut()).rejects.toThrow(`in use by process ${pid}`);
    await holder.stop();
    const response = await signOut();
    expect(response.status).toBe(200);
    // A child process and two database opens: slow on a busy machine, so a generous ceiling.
  }, 120_000);
});
