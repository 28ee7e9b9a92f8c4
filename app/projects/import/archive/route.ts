import { importProjectForOrg } from "@/db/queries/import-project";
import { can } from "@/lib/auth/roles";
import { UserFacingError } from "@/lib/errors";
import { MAX_ARCHIVE_BYTES } from "@/lib/exports/archive-limits";
import { readProjectArchive } from "@/lib/exports/project-archive";
import { verifyImportFile, verifyStoredImport } from "@/lib/exports/verify-import";
import { msg, type MessageValues } from "@/lib/i18n/message-ref";
import { readerText } from "@/lib/i18n/server-locale";
import { getSessionContext } from "@/lib/session";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = async (status: number, ref: string, values?: MessageValues) => json(status, { error: await readerText(msg(ref, values)) });

/**
 * A project archive (the zip the project page downloads) as the request's body, imported as a new
 * project of the session's organisation with its evidence files. A route, not a server action, so
 * the browser can show the upload's progress; the import action's permission, same-origin only,
 * and the same checks: the archive is read and checked whole before anything is written.
 */
export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) return refuse(403, "errors.changesOtherOrigin");
  const session = await getSessionContext();
  if (!can(session.role, "project:write")) return refuse(403, "errors.forbidden");
  const tooLarge = msg("importErrors.archiveTooLarge", { limit: MAX_ARCHIVE_BYTES / 1024 / 1024 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ARCHIVE_BYTES) return refuse(413, "errors.importRefused", { problem: tooLarge });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.arrayBuffer());
  } catch {
    return refuse(400, "errors.evidenceUnreadable");
  }
  const read = await readProjectArchive(bytes);
  if (!read.ok) return refuse(400, "errors.importRefused", { problem: read.message });
  const { file, blobs } = read.contents;
  try {
    verifyImportFile(file);
    const outcome = await importProjectForOrg(session, file, (stored, assessments) => verifyStoredImport(file, stored, assessments), blobs);
    return json(201, outcome);
  } catch (error) {
    if (error instanceof UserFacingError) return refuse(409, error.ref);
    console.error("[route project archive import]", error);
    return refuse(500, "errors.generic");
  }
}
