/** The import route's answer: the new project, or a refusal in the reader's language (null: no answer at all). */
export type ArchiveOutcome = { ok: true; projectId: string } | { ok: false; message: string | null };

/**
 * Sends a project archive to the import route with XMLHttpRequest, the one browser API that
 * reports an upload's progress (an archive can weigh hundreds of megabytes).
 */
export function uploadArchive(file: File, onProgress: (fraction: number) => void): Promise<ArchiveOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/projects/import/archive");
    xhr.responseType = "json";
    xhr.setRequestHeader("Content-Type", "application/zip");
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      const body = xhr.response as { projectId?: string; error?: string } | null;
      if (xhr.status === 201 && body?.projectId) resolve({ ok: true, projectId: body.projectId });
      else resolve({ ok: false, message: body?.error ?? null });
    };
    xhr.onerror = () => resolve({ ok: false, message: null });
    xhr.send(file);
  });
}
