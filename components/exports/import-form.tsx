"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { importProjectAction } from "@/app/projects/import-actions";
import { actionErrorMessage, NETWORK_ERROR } from "@/components/forms/action-error";
import { useMessageText } from "@/components/i18n/use-message-text";
import { MAX_ARCHIVE_BYTES } from "@/lib/exports/archive-limits";
import { MAX_IMPORT_BYTES } from "@/lib/exports/format-schema";
import { importInputSchema, readExportText, tooLargeMessage } from "@/lib/exports/import-input";
import { msg } from "@/lib/i18n/message-ref";
import { uploadArchive } from "./upload-archive";

const isArchive = (file: File) => file.name.toLowerCase().endsWith(".zip") || file.type === "application/zip";

/**
 * Reads the chosen file, checks it with the export format's schema, and asks the server to import
 * it. A project archive (.zip) goes to its own route with the upload's progress; a JSON file that
 * names evidence files is imported without them only once the reader has been told so.
 */
export function ImportForm() {
  const t = useTranslations("importPage");
  const tErrors = useTranslations("errors");
  const tForms = useTranslations("forms");
  const messageText = useMessageText();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  // The JSON file's text, held while the reader decides whether to import it without its files.
  const [withoutFiles, setWithoutFiles] = useState<{ text: string; count: number } | null>(null);
  const importProject = useAction(importProjectAction, {
    onSuccess: ({ data }) => router.push(`/projects/${data.projectId}`),
    // The server's answer is already in the reader's language; a field error is a reference.
    onError: ({ error }) => {
      const message = actionErrorMessage(error);
      fail(message === NETWORK_ERROR ? tErrors("network") : messageText(message));
    },
  });
  const pending = reading || importProject.isPending || progress !== null;

  async function sendArchive(file: File) {
    if (file.size > MAX_ARCHIVE_BYTES) return fail(messageText(msg("importErrors.archiveTooLarge", { limit: MAX_ARCHIVE_BYTES / 1024 / 1024 })));
    setProgress(0);
    const outcome = await uploadArchive(file, setProgress);
    if (outcome.ok) return router.push(`/projects/${outcome.projectId}`);
    setProgress(null);
    fail(outcome.message ?? tErrors("network"));
  }

  async function readChosenFile(file: File | undefined): Promise<string | null> {
    if (!file) return fail(messageText(msg("importErrors.chooseFile")));
    if (file.size > MAX_IMPORT_BYTES) return fail(messageText(tooLargeMessage));
    const text = await file.text();
    // The server's own check, on the text: bytes that are not UTF-8 are read as U+FFFD (three bytes
    // each), so the text can be larger than the file, and the request must stay within its limit.
    const sendable = importInputSchema.safeParse({ json: text });
    if (!sendable.success) return fail(messageText(sendable.error.issues[0]?.message ?? tooLargeMessage));
    const checked = readExportText(text);
    if (!checked.ok) return fail(t("checkedNothingImported", { problem: messageText(checked.message) }));
    const named = checked.file.assessments.reduce((n, a) => n + a.files.length, 0);
    if (named > 0) {
      setWithoutFiles({ text, count: named });
      return null;
    }
    return text;
  }
  function fail(message: string): null {
    setError(message);
    input.current?.focus();
    return null;
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const file = input.current?.files?.[0];
    if (withoutFiles) return importProject.execute({ json: withoutFiles.text });
    if (file && isArchive(file)) return sendArchive(file);
    // The file is checked here first, with the export format's own schema, so a wrong file is
    // refused without sending up to 900 KB.
    setReading(true);
    const text = await readChosenFile(file).finally(() => setReading(false));
    if (text !== null) importProject.execute({ json: text });
  };

  return (
    <form className="card" onSubmit={submit} noValidate>
      <div className={`field${error ? " invalid" : ""}`}>
        <label htmlFor="import-file">{t("fileLabel")}</label>
        <p className="hint" id="import-file-hint">
          {t("fileHint", { limit: Math.floor(MAX_IMPORT_BYTES / 1000), archiveLimit: MAX_ARCHIVE_BYTES / 1024 / 1024 })}
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
          accept=".json,application/json,.zip,application/zip"
          aria-describedby={error ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={error ? true : undefined}
          onChange={() => (setError(null), setWithoutFiles(null))}
        />
      </div>
      {withoutFiles && (
        <p className="notice warning" role="alert">
          {t("filesNotCarried", { count: withoutFiles.count })}
        </p>
      )}
      {progress !== null && (
        <p className="upload-progress">
          <label htmlFor="import-progress">{progress < 1 ? t("sending") : t("importing")}</label>{" "}
          <progress id="import-progress" max={1} value={progress < 1 ? progress : undefined} />
        </p>
      )}
      <div className="actions-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("importing") : withoutFiles ? t("submitWithoutFiles") : t("submit")}
        </button>
      </div>
    </form>
  );
}
