import { postWithProgress } from "@/components/forms/post-with-progress";
import type { EvidenceFileView } from "./evidence-file-view";

export type UploadOutcome = { ok: true; file: EvidenceFileView } | { ok: false; message: string | null };

/**
 * Sends one file to the upload route, with its progress. The server's refusal comes back in the
 * reader's language; no answer at all (offline, dropped) is message null, for the caller's own words.
 */
export async function uploadEvidence(assessmentId: string, criterionId: string, file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  const form = new FormData();
  form.set("criterionId", criterionId);
  form.set("file", file);
  const { status, body } = await postWithProgress<{ file?: EvidenceFileView; error?: string }>(`/assessments/${assessmentId}/evidence`, form, onProgress);
  return status === 201 && body?.file ? { ok: true, file: body.file } : { ok: false, message: body?.error ?? null };
}
