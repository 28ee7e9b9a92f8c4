import { can } from "@/lib/auth/roles";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { readerText } from "@/lib/i18n/server-locale";
import { sectionChangesInput } from "@/lib/forms/section-changes";
import { getSessionContext } from "@/lib/session";
import { saveSectionChanges } from "../../../../save-section";

export const dynamic = "force-dynamic";

const MAX_BYTES = 1_000_000;
const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
/** An error answer in the reader's language (the page may still read it; it is not shown today). */
const refuse = async (status: number, ref: string, more: object = {}) => json(status, { error: await readerText(ref), ...more });

/**
 * The last changes of a page that is being hidden or closed, sent with `keepalive` (a server action
 * cannot be). The same permission, schema, conflict check and audit as the save action: only the
 * transport differs. Same-origin only, as for server actions.
 */
export async function POST(request: Request, { params }: { params: Promise<{ assessmentId: string; sectionId: string }> }) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) return refuse(403, "errors.changesOtherOrigin");
  const session = await getSessionContext();
  if (!can(session.role, "assessment:write")) return refuse(403, "errors.forbidden");
  const { assessmentId, sectionId } = await params;
  const text = await request.text();
  if (text.length > MAX_BYTES) return refuse(413, "errors.changesTooMany");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, "errors.changesUnreadable");
  }
  const input = sectionChangesInput.safeParse({ ...(body as object), assessmentId, sectionId });
  if (!input.success) return refuse(400, "errors.changesUnreadable");
  try {
    const saved = await saveSectionChanges(session, input.data);
    // The issues stay message references, as the save action answers them: the form reads them.
    if (!saved.ok) return refuse(400, "errors.changesNeedFixing", { issues: saved.issues });
    return json(200, { savedAt: saved.savedAt, results: saved.results });
  } catch (error) {
    if (error instanceof UserFacingError) return refuse(error instanceof NotFoundError ? 404 : 409, error.ref);
    console.error("[route section changes]", error);
    return refuse(500, "errors.generic");
  }
}
