import type { EvidenceFileView } from "./evidence-file-view";

export type UploadOutcome = { ok: true; file: EvidenceFileView } | { ok: false; message: string | null };

/**
 * Sends one file to the upload route with XMLHttpRequest, the one browser API that reports an
 * upload's progress. The server's refusal comes back in the reader's language; no answer at
 * all (offline, dropped) is message null, for the caller's own words.
 */
export function uploadEvidence(assessmentId: string, criterionId: string, file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.set("criterionId", criterionId);
    form.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/assessments/${assessmentId}/evidence`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      const body = xhr.response as { file?: EvidenceFileView; error?: string } | null;
      if (xhr.status === 201 && body?.file) resolve({ ok: true, file: body.file });
      else resolve({ ok: false, message: body?.error ?? null });
    };
    xhr.onerror = () => resolve({ ok: false, message: null });
    xhr.send(form);
  });
}
