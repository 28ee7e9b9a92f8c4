import { saveSectionForOrg } from "@/db/queries/assessment-writes";
import { getAssessmentWithChecklistForOrg } from "@/db/queries/assessments";
import { findSection } from "@/lib/checklists/applicable";
import { AssessmentFrozenError, NotFoundError } from "@/lib/errors";
import { parseSectionValues, type SchemaStrictness } from "@/lib/forms/section-schema";
import type { SessionContext } from "@/lib/domain/session-context";

export type SaveSectionInput = { assessmentId: string; sectionId: string; strictness: SchemaStrictness; values: unknown };

/**
 * The body of the save action: re-validates with the schema built from the stored checklist
 * version and mode (never the client's idea of them), then writes in one transaction.
 */
export async function saveSection(session: SessionContext, input: SaveSectionInput) {
  const found = await getAssessmentWithChecklistForOrg(session, input.assessmentId);
  if (!found) throw new NotFoundError("The assessment");
  if (found.facts.status !== "draft") throw new AssessmentFrozenError();
  const section = findSection(found.checklist, input.sectionId);
  if (!section) throw new NotFoundError("That section of the checklist");
  const parsed = parseSectionValues(section, input.strictness, input.values);
  if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
  const savedAt = await saveSectionForOrg(session, found.facts.id, parsed.values);
  return { ok: true as const, savedAt: savedAt.toISOString() };
}
