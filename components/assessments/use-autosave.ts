"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export type SaveOutcome = { ok: true; savedAt: string } | { ok: false; message: string; retry?: boolean };
export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string };

const DELAY_MS = 600;
const RETRY_MS = 5000;

/**
 * Saves the latest values a short while after the user stops typing, one save at a time, and
 * warns before the tab closes while something is unsaved. `flush` saves immediately and resolves
 * when everything typed so far is stored.
 */
export function useAutosave<Values>(save: (values: Values) => Promise<SaveOutcome>) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const latest = useRef<Values | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<SaveOutcome> | null>(null);
  const dirty = useRef(false);
  const alive = useRef(true);

  const run = useCallback(async (): Promise<SaveOutcome> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Wait for the save in flight: saves must land in the order they were typed.
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || latest.current === null) return { ok: true, savedAt: new Date().toISOString() };
    dirty.current = false;
    setState({ kind: "saving" });
    const attempt = save(latest.current).catch(
      (): SaveOutcome => ({ ok: false, retry: true, message: "We could not reach the server. Retrying… keep this tab open." }),
    );
    inFlight.current = attempt;
    const outcome = await attempt;
    inFlight.current = null;
    if (outcome.ok) {
      setState(dirty.current ? { kind: "pending" } : { kind: "saved", at: outcome.savedAt });
    } else {
      dirty.current = true;
      setState({ kind: "error", message: outcome.message });
      if (outcome.retry && alive.current) timer.current = setTimeout(() => void run(), RETRY_MS);
    }
    return outcome;
  }, [save]);

  const schedule = useCallback(
    (values: Values) => {
      latest.current = values;
      dirty.current = true;
      setState({ kind: "pending" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), DELAY_MS);
    },
    [run],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // Leaving by an in-app link unmounts the form without a beforeunload: save what is pending then.
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
      if (dirty.current) void runRef.current();
    };
  }, []);

  return useMemo(() => ({ state, schedule, flush: run }), [state, schedule, run]);
}
