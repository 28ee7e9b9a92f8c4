"use client";

import { useTranslations } from "next-intl";
import { translateRef, type Translate } from "@/lib/i18n/message-ref";

/**
 * Turns a message that travelled as data (a zod issue's message, an action's error) into the
 * reader's language. Client-side validation and the server's answer carry the same references.
 */
export function useMessageText(): (text: string) => string {
  const t = useTranslations() as unknown as Translate;
  return (text: string) => translateRef(t, text);
}
