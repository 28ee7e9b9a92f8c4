import { addEvidenceFileForOrg } from "@/db/queries/evidence-files";
import { can } from "@/lib/auth/roles";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_REQUEST_BYTES } from "@/lib/evidence/evidence-limits";
import { msg, type MessageValues } from "@/lib/i18n/message-ref";
import { readerText } from "@/lib/i18n/server-locale";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = async (status: number, ref: string, values?: MessageValues) => json(status, { error: await readerText(msg(ref, values)) });

/**
 * One evidence file for one item of a draft, as multipart form data (`criterionId`, `file`). A
 * route, not a server action, so the browser can show the upload's progress; the same permission
 * as saving an answer, same-origin only, and every check in addEvidenceFileForOrg.
 */
export async function POST(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) return refuse(403, "errors.changesOtherOrigin");
  const session = await getSessionContext();
  if (!can(session.role, "assessment:write")) return refuse(403, "errors.forbidden");
  const { assessmentId } = await params;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EVIDENCE_REQUEST_BYTES) return refuse(413, "errors.evidenceTooLarge", { max: MAX_EVIDENCE_BYTES / 1024 / 1024 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "errors.evidenceUnreadable");
  }
  const file = form.get("file");
  const criterionId = form.get("criterionId");
  if (!(file instanceof File) || typeof criterionId !== "string" || criterionId.length > 40) return refuse(400, "errors.evidenceUnreadable");
  try {
    const added = await addEvidenceFileForOrg(session, { assessmentId, criterionId, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return json(201, { file: { ...added, createdAt: added.createdAt.toISOString() } });
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, error.ref);
    if (error instanceof UserFacingError) return refuse(error.ref.startsWith("errors.evidenceTooLarge") ? 413 : 409, error.ref);
    console.error("[route evidence upload]", error);
    return refuse(500, "errors.generic");
  }
}
