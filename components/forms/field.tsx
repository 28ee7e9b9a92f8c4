"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";

/** Field ids are derived from the form path so the error summary can link to the field. */
export function fieldId(path: string) {
  return `field-${path.replaceAll(".", "-")}`;
}

export function Field({
  path,
  label,
  hint,
  error,
  children,
}: {
  path: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const id = fieldId(path);
  const t = useTranslations("forms");
  const text = useMessageText();
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t("errorPrefix")}</span>
          {text(error)}
        </p>
      )}
      {children}
    </div>
  );
}

/** aria attributes tying an input to its hint and error. */
export function describedBy(path: string, { hint, error }: { hint?: boolean; error?: string }) {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}
