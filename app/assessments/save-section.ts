import { returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { saveSectionForOrg } from "@/db/queries/assessment-writes";
import { getAssessmentWithChecklistForOrg } from "@/db/queries/assessments";
import { findSection } from "@/lib/checklists/applicable";
import { AssessmentFrozenError, NotFoundError } from "@/lib/errors";
import { parseSectionValues, type SchemaStrictness } from "@/lib/forms/section-schema";
import type { SessionContext } from "@/lib/domain/session-context";

/**
 * The save action's own input. `values` is checked below, against the section schema built from the
 * stored checklist version and mode: only the server knows which version that is.
 */
export const saveSectionInput = z.object({
  assessmentId: z.string(),
  sectionId: z.string(),
  strictness: z.enum(["draft", "complete"]),
  values: z.unknown(),
});

export type SaveSectionInput = { assessmentId: string; sectionId: string; strictness: SchemaStrictness; values: unknown };

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
 * The body of the save action: re-validates with the schema built from the stored checklist
 * version and mode (never the client's idea of them), then writes in one transaction. Answers the
 * section refuses come back as the action's validation errors under `values`, the way a form's own
 * fields do, so the browser marks them like any other field error.
 */
export async function saveSection(session: SessionContext, input: SaveSectionInput) {
  const found = await getAssessmentWithChecklistForOrg(session, input.assessmentId);
  if (!found) throw new NotFoundError("The assessment");
  if (found.facts.status !== "draft") throw new AssessmentFrozenError();
  const section = findSection(found.checklist, input.sectionId);
  if (!section) throw new NotFoundError("That section of the checklist");
  const parsed = parseSectionValues(section, input.strictness, input.values);
  if (!parsed.ok) return returnValidationErrors(saveSectionInput, { values: formatIssues(parsed.issues) });
  const savedAt = await saveSectionForOrg(session, found.facts.id, parsed.values);
  return { savedAt: savedAt.toISOString() };
}
