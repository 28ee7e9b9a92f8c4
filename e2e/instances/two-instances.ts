import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import postgres from "postgres";

/**
 * Two instances of the production build on one PostgreSQL database, behind a round-robin load
 * balancer of a few lines: what "Running several instances" in the README describes, small.
 */
export const serverUrl = process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const secret = "two-instances-only-secret-0123456789abcdef";

export type Instances = { balancer: string; direct: [string, string]; stop: () => Promise<void> };

export function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432), timeout: 1500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/** Round robin over the targets; each request goes to the next one, whoever sent it. */
function roundRobin(targets: string[], port: number): Promise<http.Server> {
  let next = 0;
  const server = http.createServer((request, response) => {
    const target = new URL(targets[next++ % targets.length]!);
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    request.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function ready(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the instance at ${url} stopped (exit ${child.exitCode})`);
    // /sign-in opens the database (migrations, demo organisation) on its first request.
    if (await fetch(`${url}/sign-in`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the instance at ${url} did not start`);
}

/** Starts both instances at once on a new database (so they also race to migrate it), and the balancer. */
export async function startTwoInstances(ports: [number, number, number]): Promise<Instances> {
  const name = `two_instances_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const balancer = `http://127.0.0.1:${ports[2]}`;
  const direct = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`] as [string, string];
  const children = ports.slice(0, 2).map((port) =>
    spawn(process.execPath, ["scripts/start-standalone.mjs", String(port), "127.0.0.1"], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        BETTER_AUTH_SECRET: secret,
        BETTER_AUTH_URL: balancer,
        TRUSTED_ORIGINS: [balancer, ...direct].join(","),
        AUTH_RATE_LIMIT: "on",
      },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  const proxy = await roundRobin(direct, ports[2]);
  const stop = async () => {
    await new Promise((r) => proxy.close(r));
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => (c.once("exit", r), c.kill("SIGTERM"))))));
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  };
  try {
    // Both open the database on their first request: sent together, they start up together.
    await Promise.all(direct.map((d, i) => ready(d, children[i]!)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { balancer, direct, stop };
}
