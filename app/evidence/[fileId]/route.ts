import { getEvidenceFileForOrg } from "@/db/queries/evidence-files";
import { NotFoundError } from "@/lib/errors";
import { contentDisposition, notFoundResponse } from "@/lib/http/download";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * An evidence file, to members of its organisation and to an evaluator of its project; anyone
 * else gets 404. Always a download: the browser never opens it as a page of this site.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const session = await getSessionContext();
  try {
    const { file, bytes } = await getEvidenceFileForOrg(session, fileId);
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": contentDisposition(file.name),
        "X-Content-Type-Options": "nosniff",
        // One person's file: no shared cache may keep it.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
