import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "../..");

/** A TypeScript script of this repository in its own Node process (through tsx), with its stdout as lines. */
export function startScript(script: string, args: string[], options: { underParentThatDoesNotReap?: boolean } = {}) {
  const command = [process.execPath, "--import", "tsx", path.join(root, script), ...args];
  // A shell that starts the script in the background and then becomes `sleep`: sleep never waits for
  // children, so the script, once killed, stays a zombie, as under a supervisor that does not reap.
  // (Needs a POSIX shell: not on Windows.)
  const child = options.underParentThatDoesNotReap
    ? spawn("sh", ["-c", `"$@" & exec sleep 120`, "sh", ...command], { cwd: root, stdio: ["ignore", "pipe", "inherit"] })
    : spawn(command[0]!, command.slice(1), { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    waiters.splice(0).forEach((wake) => wake());
  });
  child.once("exit", () => waiters.splice(0).forEach((wake) => wake()));
  /** Resolves with the first line that matches, or rejects once the process has ended without one. */
  async function waitForLine(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const line of lines) {
        const match = pattern.exec(line);
        if (match) return match;
      }
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} ended without printing ${pattern}`);
      if (Date.now() > deadline) throw new Error(`${script} did not print ${pattern} in ${timeoutMs} ms`);
      await new Promise<void>((wake) => {
        waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
  }
  return { child, lines, waitForLine, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGKILL");
  await exited;
}

/** A process's state letter: R, S, Z (zombie), …; null once it is gone. /proc on Linux, ps elsewhere (macOS). */
export function processState(pid: number): string | null {
  try {
    if (process.platform !== "linux") return execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim()[0] ?? null;
    // The name in parentheses may hold spaces: the state is the first field after its closing one.
    return /\)\s+(\S)/.exec(fs.readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}
