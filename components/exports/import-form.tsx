"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { importProjectAction } from "@/app/projects/import-actions";
import { actionErrorMessage, NETWORK_ERROR } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";
import { MAX_IMPORT_BYTES } from "@/lib/exports/format-schema";
import { importInputSchema, readExportText, tooLargeMessage } from "@/lib/exports/import-input";
import { msg } from "@/lib/i18n/message-ref";

/** Reads the chosen file, checks it with the export format's schema, and asks the server to import it. */
export function ImportForm() {
  const t = useTranslations("importPage");
  const tErrors = useTranslations("errors");
  const tForms = useTranslations("forms");
  const messageText = useMessageText();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const importProject = useAction(importProjectAction, {
    onSuccess: ({ data }) => router.push(`/projects/${data.projectId}`),
    // The server's answer is already in the reader's language; a field error is a reference.
    onError: ({ error }) => {
      const message = actionErrorMessage(error);
      fail(message === NETWORK_ERROR ? tErrors("network") : messageText(message));
    },
  });
  const pending = reading || importProject.isPending;

  async function readChosenFile(): Promise<string | null> {
    const file = input.current?.files?.[0];
    if (!file) return fail(messageText(msg("importErrors.chooseFile")));
    if (file.size > MAX_IMPORT_BYTES) return fail(messageText(tooLargeMessage));
    const text = await file.text();
    // The server's own check, on the text: bytes that are not UTF-8 are read as U+FFFD (three bytes
    // each), so the text can be larger than the file, and the request must stay within its limit.
    const sendable = importInputSchema.safeParse({ json: text });
    if (!sendable.success) return fail(messageText(sendable.error.issues[0]?.message ?? tooLargeMessage));
    const checked = readExportText(text);
    return checked.ok ? text : fail(t("checkedNothingImported", { problem: messageText(checked.message) }));
  }
  function fail(message: string): null {
    setError(message);
    input.current?.focus();
    return null;
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    // The file is checked here first, with the export format's own schema, so a wrong file is
    // refused without sending up to 900 KB.
    setReading(true);
    const text = await readChosenFile().finally(() => setReading(false));
    if (text !== null) importProject.execute({ json: text });
  };

  return (
    <form className="card" onSubmit={submit} noValidate>
      <div className={`field${error ? " invalid" : ""}`}>
        <label htmlFor="import-file">{t("fileLabel")}</label>
        <p className="hint" id="import-file-hint">
          {t("fileHint", { limit: Math.floor(MAX_IMPORT_BYTES / 1000) })}
        </p>
        {error && (
          <p className="field-error" id="import-file-error" role="alert">
            <span className="visually-hidden">{tForms("errorPrefix")}</span>
            {error}
          </p>
        )}
        <input
          ref={input}
          id="import-file"
          name="file"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={error ? true : undefined}
          onChange={() => setError(null)}
        />
      </div>
      <div className="actions-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("importing") : t("submit")}
        </button>
      </div>
    </form>
  );
}
