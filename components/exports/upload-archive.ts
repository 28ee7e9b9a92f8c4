import { postWithProgress } from "@/components/forms/post-with-progress";

/** The import route's answer: the new project, or a refusal in the reader's language (null: no answer at all). */
export type ArchiveOutcome = { ok: true; projectId: string } | { ok: false; message: string | null };

/** Sends a project archive to the import route, with its progress (an archive can weigh hundreds of megabytes). */
export async function uploadArchive(file: File, onProgress: (fraction: number) => void): Promise<ArchiveOutcome> {
  const { status, body } = await postWithProgress<{ projectId?: string; error?: string }>("/projects/import/archive", file, onProgress, { "Content-Type": "application/zip" });
  return status === 201 && body?.projectId ? { ok: true, projectId: body.projectId } : { ok: false, message: body?.error ?? null };
}
