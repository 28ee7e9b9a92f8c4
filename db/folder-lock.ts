import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no lock between processes, and two processes on one folder corrupt it. The lock is a
 * local socket that the holder listens on, named after the folder: the operating system closes it
 * the moment the holder dies, however it dies (kill -9, out of memory), and a dead process that
 * nobody has reaped yet (a zombie) holds no sockets either. A pid file cannot tell that: a zombie's
 * pid answers `kill(pid, 0)`, and after a restart in a container the pid is often reused by an
 * unrelated process. Node has no flock(), and the packages that add one are native builds
 * (trouble on Windows dev machines) or wait for a stale timeout, which would refuse a restart
 * right after a crash.
 *
 * - Linux: an abstract socket (no file; the name vanishes with its last holder).
 * - macOS: a socket file in the temp folder; one left by a killed holder refuses connections, so
 *   it is removed and taken over.
 * - Windows: a named pipe, which also dies with its holder.
 * The holder answers every connection with its pid, for the message of a refused second process.
 * Not covered: processes in different network namespaces (two containers sharing one volume).
 */
function lockAddress(dataDir: string) {
  const key = createHash("sha256").update(fs.realpathSync(dataDir)).digest("hex").slice(0, 32);
  if (process.platform === "win32") return `\\\\?\\pipe\\ngo-risk-pglite-${key}`;
  if (process.platform === "linux") return `\0ngo-risk-pglite-${key}`;
  return path.join(os.tmpdir(), `ngo-risk-pglite-${key}.sock`);
}

function listen(server: net.Server, address: string) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(address, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** The holder's pid, "unknown" if it is alive but does not answer (stopped), or null if nobody holds it. */
function askHolder(address: string) {
  return new Promise<string | null>((resolve) => {
    let answer = "";
    const socket = net.connect(address);
    socket.setTimeout(2000, () => (socket.destroy(), resolve("unknown")));
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("end", () => resolve(answer.trim() || "unknown"));
    socket.on("error", () => resolve(null));
  });
}

/** Holds the folder for this process until the returned release is called or the process ends. */
export async function acquireFolderLock(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const address = lockAddress(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    const server = net.createServer((socket) => socket.end(String(process.pid)));
    try {
      await listen(server, address);
      // The lock must not keep a finished process (a test, a script) alive.
      server.unref();
      return () => new Promise<void>((resolve) => server.close(() => resolve()));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
      const holder = await askHolder(address);
      if (holder !== null) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${holder}. ` +
            "Stop that process, or set PGLITE_DIR to another folder.",
        );
      }
      // Nobody answers: a socket file left by a killed holder (macOS). Linux and Windows never get here
      // except in the instant a holder is closing; then the next attempt simply listens.
      if (!address.startsWith("\0") && process.platform !== "win32") fs.rmSync(address, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}: another process keeps taking it.`);
}
