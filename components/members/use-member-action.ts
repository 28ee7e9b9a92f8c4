"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { NETWORK_ERROR } from "@/components/forms/apply-server-result";
import { firstMessage, type Result } from "@/components/review/first-message";

/** Runs a member action, shows its message when it fails, and refreshes the page when it succeeds. */
export function useMemberAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = <T,>(call: () => Promise<(Result & { data?: T }) | undefined>, onDone?: (data: T) => void) =>
    startTransition(async () => {
      setError(null);
      const result = await call().catch(() => undefined);
      if (result?.data !== undefined) {
        onDone?.(result.data);
        router.refresh();
      } else setError(result ? firstMessage(result) : NETWORK_ERROR);
    });
  return { pending, error, run };
}
