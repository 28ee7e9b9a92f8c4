import { can } from "@/lib/auth/roles";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { sectionChangesInput } from "@/lib/forms/section-changes";
import { getSessionContext } from "@/lib/session";
import { saveSectionChanges } from "../../../../save-section";

export const dynamic = "force-dynamic";

const MAX_BYTES = 1_000_000;
const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The last changes of a page that is being hidden or closed, sent with `keepalive` (a server action
 * cannot be). The same permission, schema, conflict check and audit as the save action: only the
 * transport differs. Same-origin only, as for server actions.
 */
export async function POST(request: Request, { params }: { params: Promise<{ assessmentId: string; sectionId: string }> }) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) return json(403, { error: "Changes are only accepted from this app's own pages." });
  const session = await getSessionContext();
  if (!can(session.role, "assessment:write")) return json(403, { error: "Your role does not allow this." });
  const { assessmentId, sectionId } = await params;
  const text = await request.text();
  if (text.length > MAX_BYTES) return json(413, { error: "Too many changes at once." });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { error: "The changes could not be read." });
  }
  const input = sectionChangesInput.safeParse({ ...(body as object), assessmentId, sectionId });
  if (!input.success) return json(400, { error: "The changes could not be read." });
  try {
    const saved = await saveSectionChanges(session, input.data);
    if (!saved.ok) return json(400, { error: "Some answers need fixing before they can be saved.", issues: saved.issues });
    return json(200, { savedAt: saved.savedAt, results: saved.results });
  } catch (error) {
    if (error instanceof NotFoundError) return json(404, { error: error.message });
    if (error instanceof UserFacingError) return json(409, { error: error.message });
    console.error("[route section changes]", error);
    return json(500, { error: "Something went wrong on our side." });
  }
}
