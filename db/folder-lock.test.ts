import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireFolderLock } from "./folder-lock";
import { processState, startScript } from "./testing/child-process";

/** The embedded database's folder lock, between real processes: a restart after a crash must never be refused. */
const folders: string[] = [];
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function newFolder() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "risk-lock-"));
  folders.push(folder);
  return folder;
}

async function holdInAnotherProcess(folder: string, options: { underParentThatDoesNotReap?: boolean } = {}) {
  const holder = startScript("db/testing/lock-holder.ts", [folder], options);
  stops.push(holder.stop);
  const pid = Number((await holder.waitForLine(/^locked (\d+)$/))[1]);
  return { ...holder, pid };
}

describe("the embedded database's folder lock", () => {
  it("refuses a second process while the first is alive, naming it", async () => {
    const folder = newFolder();
    const holder = await holdInAnotherProcess(folder);
    await expect(acquireFolderLock(folder)).rejects.toThrow(`The embedded database in ${folder} is in use by process ${holder.pid}.`);
  });

  it("is free at once when its holder is killed with SIGKILL", async () => {
    const folder = newFolder();
    const holder = await holdInAnotherProcess(folder);
    await holder.stop();
    const release = await acquireFolderLock(folder);
    await release();
  });

  it.runIf(process.platform !== "win32")("is free when its holder was killed and is a zombie nobody has reaped", async () => {
    const folder = newFolder();
    const holder = await holdInAnotherProcess(folder, { underParentThatDoesNotReap: true });
    process.kill(holder.pid, "SIGKILL");
    await expect.poll(() => processState(holder.pid), { timeout: 5000 }).toBe("Z");
    const release = await acquireFolderLock(folder);
    await release();
  });

  it("is taken again in the same process once released, and refused while held", async () => {
    const folder = newFolder();
    const release = await acquireFolderLock(folder);
    await expect(acquireFolderLock(folder)).rejects.toThrow(`in use by process ${process.pid}`);
    await release();
    await (await acquireFolderLock(folder))();
  });
});

describe.runIf(process.platform !== "win32")("processState, which the zombie tests rely on", () => {
  it("reads a live process's state, and null for a pid that names no process", () => {
    expect(processState(process.pid)).toMatch(/^[RS]$/);
    // Above the kernel's largest pid (4194304), so it can never be a live process.
    expect(processState(2 ** 22 + 1)).toBeNull();
  });
});
