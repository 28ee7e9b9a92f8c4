import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, useDatabase, type DatabaseTarget } from "./client";
import { saveSectionForOrg } from "./queries/assessment-writes";
import { answers, auditLog } from "./schema";
import { processState, startScript } from "./testing/child-process";
import { demo } from "./testing/fixtures";
import { serverUrl } from "./testing/temporary-database";

/**
 * kill -9 during a burst of saves, then a restart at once on the same folder (PGlite) or database
 * (PostgreSQL): every save the writer was told had committed must be there, with its audit entry.
 * The writer runs under a parent that never reaps it, so the killed process stays a zombie, as
 * under a supervisor that does not wait for its children: the folder's lock must not be fooled.
 */
const onPostgres = process.env.TEST_DATABASE === "postgres";
const criteria = ["B.CTX.1", "B.CTX.2", "B.CTX.3"];
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  useDatabase(undefined);
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function newTarget(scratch: string): Promise<DatabaseTarget> {
  if (!onPostgres) return { dataDir: path.join(scratch, "pglite") };
  const name = `risk_test_${randomUUID().replaceAll("-", "")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString() };
}

const acknowledged = (file: string) =>
  fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map(Number) : [];

describe.runIf(process.platform !== "win32")(`a crash during a burst of saves on ${onPostgres ? "PostgreSQL" : "embedded PGlite"}`, () => {
  it("loses no acknowledged save, and the app restarted at once saves again", async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "risk-crash-"));
    cleanups.push(() => fs.rmSync(scratch, { recursive: true, force: true }));
    const target = await newTarget(scratch);
    const ackFile = path.join(scratch, "acks");

    const writer = startScript("db/testing/crash-writer.ts", [JSON.stringify(target), ackFile], { underParentThatDoesNotReap: true });
    cleanups.push(writer.stop);
    const [, pidText, assessmentId] = await writer.waitForLine(/^writing (\d+) (\S+)$/, 60_000);
    const pid = Number(pidText);
    await expect.poll(() => acknowledged(ackFile).length, { timeout: 20_000, interval: 10 }).toBeGreaterThanOrEqual(25);
    process.kill(pid, "SIGKILL");
    await expect.poll(() => processState(pid), { timeout: 5000, interval: 10 }).toBe("Z");
    const acked = acknowledged(ackFile);

    // At once: no waiting for a stale lock to time out, no manual clean-up.
    const reopened = await openDatabase(target);
    cleanups.push(() => reopened.close());
    const entries = await reopened.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, demo.organizationId), eq(auditLog.action, "answer.edit")));
    const stored = new Set(entries.map((e) => /^save (\d+)$/.exec((e.after as { notes: string }).notes)?.[1]).filter(Boolean).map(Number));
    const last = Math.max(...acked);
    expect(acked).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(acked.filter((n) => !stored.has(n)), "acknowledged saves missing after the restart").toEqual([]);
    // Only the save in flight at the kill may have committed without its acknowledgement.
    expect([...stored].filter((n) => n > last + 1)).toEqual([]);

    // Each answer holds the newest stored save of its item: the answer and its audit entry commit together.
    const newest = Math.max(...stored);
    const noteOf = (i: number) => `save ${[newest, newest - 1, newest - 2].find((n) => n % 3 === i)}`;
    const rows = await reopened.db.select({ criterionId: answers.criterionId, notes: answers.notes }).from(answers).where(eq(answers.assessmentId, assessmentId!));
    expect(rows.sort((a, b) => a.criterionId.localeCompare(b.criterionId))).toEqual(criteria.map((criterionId, i) => ({ criterionId, notes: noteOf(i) })));

    useDatabase(reopened);
    await saveSectionForOrg(demo, assessmentId!, { items: criteria.map((criterionId) => ({ criterionId, value: "met", notes: "after the restart", evidence: "" })) });
    const after = await reopened.db.select({ notes: answers.notes }).from(answers).where(eq(answers.assessmentId, assessmentId!));
    expect(after.map((r) => r.notes)).toEqual(["after the restart", "after the restart", "after the restart"]);
  });
});
