"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { importProjectAction } from "@/app/projects/import-actions";
import { actionErrorMessage } from "@/components/forms/action-error";
import { MAX_IMPORT_BYTES } from "@/lib/exports/format-schema";
import { importInputSchema, readExportText, tooLargeMessage } from "@/lib/exports/import-input";

/** Reads the chosen file, checks it with the export format's schema, and asks the server to import it. */
export function ImportForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const importProject = useAction(importProjectAction, {
    onSuccess: ({ data }) => router.push(`/projects/${data.projectId}`),
    onError: ({ error }) => fail(actionErrorMessage(error)),
  });
  const pending = reading || importProject.isPending;

  async function readChosenFile(): Promise<string | null> {
    const file = input.current?.files?.[0];
    if (!file) return fail("Choose an export file (.json) to import.");
    if (file.size > MAX_IMPORT_BYTES) return fail(tooLargeMessage);
    const text = await file.text();
    // The server's own check, on the text: bytes that are not UTF-8 are read as U+FFFD (three bytes
    // each), so the text can be larger than the file, and the request must stay within its limit.
    const sendable = importInputSchema.safeParse({ json: text });
    if (!sendable.success) return fail(sendable.error.issues[0]?.message ?? tooLargeMessage);
    const checked = readExportText(text);
    return checked.ok ? text : fail(`${checked.message} Nothing was imported.`);
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
        <label htmlFor="import-file">Export file</label>
        <p className="hint" id="import-file-hint">
          A .json file from &ldquo;Download: JSON&rdquo; on a project or an assessment, at most {Math.floor(MAX_IMPORT_BYTES / 1000)} KB.
        </p>
        {error && (
          <p className="field-error" id="import-file-error" role="alert">
            <span className="visually-hidden">Error: </span>
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
          {pending ? "Importing…" : "Import as a new project"}
        </button>
      </div>
    </form>
  );
}
