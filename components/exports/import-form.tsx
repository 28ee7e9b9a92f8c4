"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { NETWORK_ERROR } from "@/components/forms/apply-server-result";
import { firstMessage } from "@/components/review/first-message";
import { importProjectAction } from "@/app/projects/import-actions";
import { MAX_IMPORT_BYTES } from "@/lib/exports/format-schema";
import { readExportText, tooLargeMessage } from "@/lib/exports/import-input";

/** Reads the chosen file, checks it with the export format's schema, and asks the server to import it. */
export function ImportForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  async function readChosenFile(): Promise<string | null> {
    const file = input.current?.files?.[0];
    if (!file) return fail("Choose an export file (.json) to import.");
    if (file.size > MAX_IMPORT_BYTES) return fail(tooLargeMessage);
    const text = await file.text();
    const checked = readExportText(text);
    return checked.ok ? text : fail(`${checked.message} Nothing was imported.`);
  }
  function fail(message: string): null {
    setError(message);
    input.current?.focus();
    return null;
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setError(null);
      const text = await readChosenFile();
      if (text === null) return;
      const result = await importProjectAction({ json: text }).catch(() => undefined);
      if (result?.data) router.push(`/projects/${result.data.projectId}`);
      else fail(result ? firstMessage(result) : NETWORK_ERROR);
    });
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
