"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChangeResult } from "@/lib/forms/section-changes";
import { readUnsent, writeUnsent, type UnsentChanges } from "./unsent-store";

export type Conflict = Extract<ChangeResult, { status: "conflict" }>;
export type SendOutcome = { ok: true; savedAt: string; results: ChangeResult[] } | { ok: false; message: string; offline?: boolean };
export type SyncState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline"; unsent: number }
  | { kind: "conflict"; count: number }
  | { kind: "error"; message: string };
type Change = { key: string; base: number; value: unknown };

const DELAY_MS = 600;
const RETRY_MS = 5000;

/**
 * Keeps a section's changes until the server has them. Each change is written to this device
 * (IndexedDB) the moment it is made, sent 600 ms after the last one with the revision it was based
 * on, sent again when the connection returns, sent with `keepalive` when the page is hidden or
 * closed, and replayed when the section opens again. A part someone else changed meanwhile comes
 * back as a conflict and is not sent again until the editor chooses: keep theirs or mine.
 */
export function useSectionSync(options: {
  /** Whose changes these are: the device keeps each person's apart. */
  owner: string;
  assessmentId: string;
  sectionId: string;
  revisions: Record<string, number>;
  valueOf: (key: string) => unknown;
  send: (changes: Change[]) => Promise<SendOutcome>;
  /** Puts changes kept on this device from an earlier visit back into the form. */
  restore: (changes: UnsentChanges) => void;
}) {
  const { owner, assessmentId, sectionId } = options;
  const opts = useRef(options);
  opts.current = options;
  const bases = useRef(new Map(Object.entries(options.revisions)));
  const unsent = useRef<UnsentChanges>({});
  const kept = useRef(true); // every unsent change is stored on this device
  const [conflicts, setConflicts] = useState<Map<string, Conflict>>(new Map());
  const conflictsRef = useRef(conflicts);
  conflictsRef.current = conflicts;
  const [state, setState] = useState<SyncState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const keep = useCallback(() => {
    void writeUnsent(owner, assessmentId, sectionId, unsent.current).then((ok) => (kept.current = ok));
  }, [owner, assessmentId, sectionId]);
  const sendable = useCallback(
    (): Change[] =>
      Object.entries(unsent.current)
        .filter(([key, c]) => !c.saved && !conflictsRef.current.has(key))
        .map(([key, c]) => ({ key, base: c.base, value: c.value })),
    [],
  );

  const run = useCallback(async (): Promise<SendOutcome | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time, in the order they were made.
    while (inFlight.current) await inFlight.current;
    const changes = sendable();
    if (changes.length === 0) return null;
    setState({ kind: "saving" });
    const attempt = opts.current.send(changes).catch((): SendOutcome => ({ ok: false, offline: true, message: "" }));
    inFlight.current = attempt;
    const outcome = await attempt;
    inFlight.current = null;
    if (!outcome.ok) {
      setState(outcome.offline ? { kind: "offline", unsent: sendable().length } : { kind: "error", message: outcome.message });
      if (outcome.offline) timer.current = setTimeout(() => void run(), RETRY_MS);
      return outcome;
    }
    const found = new Map(conflictsRef.current);
    for (const result of outcome.results) {
      const sent = changes.find((c) => c.key === result.key);
      if (result.status === "conflict") {
        found.set(result.key, result);
        continue;
      }
      bases.current.set(result.key, result.revision);
      const now = unsent.current[result.key];
      // Changed again while this save was on its way: keep it, now based on the new revision.
      if (now && sent && JSON.stringify(now.value) !== JSON.stringify(sent.value)) now.base = result.revision;
      else unsent.current[result.key] = { base: result.revision, value: sent?.value, saved: true };
    }
    keep();
    setConflicts(found);
    conflictsRef.current = found;
    if (found.size > 0) setState({ kind: "conflict", count: found.size });
    else if (sendable().length > 0) timer.current = setTimeout(() => void run(), DELAY_MS);
    else setState({ kind: "saved", at: outcome.savedAt });
    return outcome;
  }, [keep, sendable]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), DELAY_MS);
  }, [run]);

  /** The user changed this part: keep it on the device now, send it shortly. */
  const changed = useCallback(
    (key: string) => {
      const base = unsent.current[key]?.base ?? bases.current.get(key) ?? 0;
      unsent.current[key] = { base, value: opts.current.valueOf(key) };
      keep();
      if (!conflictsRef.current.has(key)) {
        setState({ kind: "pending" });
        schedule();
      }
    },
    [keep, schedule],
  );

  const resolve = useCallback(
    (key: string, choice: "mine" | "theirs") => {
      const conflict = conflictsRef.current.get(key);
      if (!conflict) return;
      bases.current.set(key, conflict.revision);
      if (choice === "mine") unsent.current[key] = { base: conflict.revision, value: opts.current.valueOf(key) };
      else unsent.current[key] = { base: conflict.revision, value: opts.current.valueOf(key), saved: true };
      const rest = new Map(conflictsRef.current);
      rest.delete(key);
      setConflicts(rest);
      conflictsRef.current = rest;
      keep();
      if (rest.size > 0) setState({ kind: "conflict", count: rest.size });
      else if (sendable().length > 0) schedule();
      else setState({ kind: "saved", at: new Date().toISOString() });
    },
    [keep, schedule, sendable],
  );

  // Changes kept on this device from an earlier visit (closed tab, reload offline): back into the
  // form, then sent with the revision they were based on, so the server can tell a conflict.
  useEffect(() => {
    let cancelled = false;
    void readUnsent(owner, assessmentId, sectionId).then((stored) => {
      if (cancelled) return;
      const shown: UnsentChanges = {};
      for (const [key, entry] of Object.entries(stored)) {
        const pageRevision = opts.current.revisions[key] ?? 0;
        // Saved, and this page already shows that save (or a newer one): nothing to keep.
        if (entry.saved && pageRevision >= entry.base) continue;
        if (entry.saved) bases.current.set(key, entry.base);
        shown[key] = entry;
      }
      unsent.current = { ...shown, ...unsent.current };
      keep();
      if (Object.keys(shown).length === 0) return;
      opts.current.restore(shown);
      if (sendable().length === 0) return;
      setState({ kind: "pending" });
      void run();
    });
    return () => {
      cancelled = true;
    };
  }, [owner, assessmentId, sectionId, run, keep, sendable]);

  useEffect(() => {
    const online = () => void run();
    // A hidden or closing page may never run its timers again: send now, with keepalive so the
    // request outlives the page. The copy on this device stays until a save confirms it.
    const flushOnHide = (event: Event) => {
      const changes = sendable();
      if (changes.length === 0 || (event.type === "visibilitychange" && document.visibilityState !== "hidden")) return;
      const url = `/assessments/${assessmentId}/sections/${sectionId}/changes`;
      void fetch(url, { method: "POST", keepalive: true, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ changes }) }).catch(() => {});
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (!kept.current && Object.keys(unsent.current).length > 0) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("pagehide", flushOnHide);
    document.addEventListener("visibilitychange", flushOnHide);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("pagehide", flushOnHide);
      document.removeEventListener("visibilitychange", flushOnHide);
      window.removeEventListener("beforeunload", warn);
      if (timer.current) clearTimeout(timer.current);
      // Leaving by an in-app link: send what is pending (it is on the device either way).
      if (sendable().length > 0) void run();
    };
  }, [assessmentId, sectionId, run, sendable]);

  return useMemo(() => ({ state, conflicts, changed, resolve, flush: run }), [state, conflicts, changed, resolve, run]);
}
