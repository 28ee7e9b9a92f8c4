"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import { formatTime } from "@/lib/i18n/format";
import type { SyncState } from "./use-section-sync";

/** Tells the user, politely and without stealing focus, where their answers are: sent, on this device, or in conflict. */
export function SaveStatus({ state }: { state: SyncState }) {
  const t = useTranslations("saveStatus");
  const locale = useLocale();
  // An error is a message reference (a refused save) or the server's words, already in the reader's language.
  const messageText = useMessageText();
  const text =
    state.kind === "saved"
      ? t("saved", { time: formatTime(state.at, locale, true) })
      : state.kind === "offline"
        ? t("offline", { count: state.unsent })
        : state.kind === "conflict"
          ? t("conflict", { count: state.count })
          : state.kind === "error"
            ? messageText(state.message)
            : t(state.kind);
  const warn = state.kind === "error" || state.kind === "conflict";
  return (
    <p className={`save-status${warn ? " error" : ""}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
