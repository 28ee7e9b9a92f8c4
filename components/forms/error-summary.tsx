"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import { fieldId } from "./field";

export type ErrorEntry = { path: string; message: string };

/** Walks react-hook-form's nested errors into a flat list in form order. */
export function collectErrors(errors: FieldErrors<FieldValues>, prefix = ""): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && "message" in value && typeof value.message === "string" && value.message) {
      out.push({ path, message: value.message });
    } else if (typeof value === "object") {
      out.push(...collectErrors(value as FieldErrors<FieldValues>, path));
    }
  }
  return out;
}

/** The list of problems at the top of a form; it takes focus so keyboard and screen-reader users land on it. */
export function ErrorSummary({ errors, labelFor, attempt }: { errors: ErrorEntry[]; labelFor?: (path: string) => string; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useTranslations("forms");
  const text = useMessageText();
  const hasErrors = errors.length > 0;
  // The tab's title starts with "Error: " while there are problems, so a screen reader announces it
  // and a background tab shows it; the page's own title comes back once they are fixed.
  useEffect(() => {
    if (!hasErrors) return;
    const prefix = t("errorPrefix");
    const original = document.title;
    if (!original.startsWith(prefix)) document.title = `${prefix}${original}`;
    return () => {
      document.title = original;
    };
  }, [hasErrors, t]);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus once per submit attempt, not on every keystroke that changes the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {t("problemsToFix", { count: errors.length })}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={e.path}>
            <a href={`#${fieldId(e.path)}`}>
              {labelFor ? t("labelled", { label: labelFor(e.path), message: text(e.message) }) : text(e.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
