"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useState } from "react";
import { touchSectionPresenceAction } from "@/app/assessments/actions";

const POLL_MS = 20_000;

/** Who else has this section open, by a light heartbeat while the page is visible. */
export function usePresence(assessmentId: string, sectionId: string): string[] {
  const [others, setOthers] = useState<string[]>([]);
  const { executeAsync } = useAction(touchSectionPresenceAction);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState !== "visible") return;
      const result = await executeAsync({ assessmentId, sectionId }).catch(() => undefined);
      if (!stopped && result?.data) setOthers(result.data.others);
    };
    void beat();
    const timer = setInterval(() => void beat(), POLL_MS);
    document.addEventListener("visibilitychange", beat);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", beat);
    };
  }, [assessmentId, sectionId, executeAsync]);
  return others;
}
