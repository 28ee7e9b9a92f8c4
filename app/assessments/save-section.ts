import { returnValidationErrors } from "next-safe-action";
import { saveCheckedSectionChangesForOrg } from "@/db/queries/assessment-writes";
import { findSection } from "@/lib/checklists/applicable";
import { NotFoundError } from "@/lib/errors";
import { parseSectionChanges, sectionChangesInput, type SectionChangesInput } from "@/lib/forms/section-changes";
import type { SessionContext } from "@/lib/domain/session-context";

type ErrorNode = { _errors?: string[]; [key: string]: ErrorNode | string[] | undefined };

/**
 * A section's issues in next-safe-action's "formatted" shape, as the library itself reports input that
 * fails an action's schema: `items.0.value` becomes `{ items: { 0: { value: { _errors: [...] } } } }`.
 * The library's own builder is not exported, and zod's `formatError` puts an empty `_errors` on every
 * node, which the form adapter would show as blank errors. Paths are the form's field names, joined with dots.
 */
function formatIssues(issues: Array<{ path: string; message: string }>): ErrorNode {
  const tree: ErrorNode = {};
  for (const { path, message } of issues) {
    let node = tree;
    for (const key of path === "" ? [] : path.split(".")) {
      // Own properties only: a key such as "__proto__" must not reach Object.prototype.
      if (!Object.hasOwn(node, key)) Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
      node = node[key] as ErrorNode;
    }
    node._errors = [...(node._errors ?? []), message];
  }
  return tree;
}

/**
 * The body of the save (the action, and the route a closing page sends its last changes to):
 * re-validates each change with the per-item schema of the stored checklist version and mode
 * (never the client's idea of them), read with the draft's lock, then writes in the same
 * transaction what has not changed since the editor saw it. Refused answers come back as issues
 * at the form's own field paths.
 */
export async function saveSectionChanges(session: SessionContext, input: SectionChangesInput) {
  const saved = await saveCheckedSectionChangesForOrg(session, input.assessmentId, (checklist) => {
    const section = findSection(checklist, input.sectionId);
    if (!section) throw new NotFoundError("things.section");
    return parseSectionChanges(section, input.changes);
  });
  if (!saved.ok) return saved;
  return { ok: true as const, savedAt: saved.savedAt.toISOString(), results: saved.results };
}

/** For the action: refused answers as its validation errors under `changes`, at the form's paths. */
export function refuseSectionIssues(issues: Array<{ path: string; message: string }>): never {
  return returnValidationErrors(sectionChangesInput, { changes: formatIssues(issues) });
}
