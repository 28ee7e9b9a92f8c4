"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import * as z from "@/lib/validation/zod";
import { submitAssessmentForOrg } from "@/db/queries/assessment-writes";
import { getAssessmentWithChecklistForOrg, startAssessmentForOrg } from "@/db/queries/assessments";
import { removeEvidenceFileForOrg } from "@/db/queries/evidence-files";
import { touchSectionPresenceForOrg } from "@/db/queries/presence";
import { actionClient } from "@/lib/actions/safe-action";
import { checklistKinds } from "@/lib/checklists/definition-schema";
import { AssessmentFrozenError, NotFoundError, UserFacingError } from "@/lib/errors";
import { assessmentProgress } from "@/lib/forms/section-values";
import { msg } from "@/lib/i18n/message-ref";
import { serverLocale } from "@/lib/i18n/server-locale";
import type { SessionContext } from "@/lib/domain/session-context";
import { sectionChangesInput } from "@/lib/forms/section-changes";
import { refuseSectionIssues, saveSectionChanges } from "./save-section";
import { scoreSnapshotOf } from "@/lib/report/score-snapshot";

async function loadAssessmentChecklist(session: SessionContext, assessmentId: string) {
  const found = await getAssessmentWithChecklistForOrg(session, assessmentId);
  if (!found) throw new NotFoundError("things.assessment");
  return found;
}

/**
 * What an unfinished submit answers, for returnValidationErrors (which takes a schema only to type the
 * errors): one entry per unfinished section under `sections`. The input itself is just the assessment id.
 */
const unfinishedSections = z.object({ sections: z.record(z.string(), z.string()) });

export const startAssessmentAction = actionClient
  .metadata({ actionName: "startAssessment", permission: "assessment:write" })
  .inputSchema(
    z.object({
      projectId: z.string({ error: msg("validation.startAssessment.projectMissing") }),
      kind: z.enum(checklistKinds, { error: msg("validation.startAssessment.chooseChecklist") }),
      partnerId: z.string().nullable().default(null),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const assessmentId = await startAssessmentForOrg(ctx.session, parsedInput);
    revalidatePath(`/projects/${parsedInput.projectId}`);
    return { assessmentId };
  });

export const saveSectionAction = actionClient
  .metadata({ actionName: "saveSection", permission: "assessment:write" })
  .inputSchema(sectionChangesInput)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await saveSectionChanges(ctx.session, parsedInput);
    if (!saved.ok) refuseSectionIssues(saved.issues);
    // No revalidatePath: it would render the pages again on every keystroke pause. A page shown
    // from the browser's cache (Back) lays the answers this device saved since over its own, with
    // their revisions (unsent-store), and other pages are rendered fresh when they are opened.
    return { savedAt: saved.savedAt, results: saved.results };
  });

/** Takes an evidence file off a draft (the form asked first); a submitted version keeps its files. */
export const removeEvidenceFileAction = actionClient
  .metadata({ actionName: "removeEvidenceFile", permission: "assessment:write" })
  .inputSchema(z.object({ fileId: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    const { alreadyRemoved } = await removeEvidenceFileForOrg(ctx.session, parsedInput.fileId);
    return { removed: parsedInput.fileId, alreadyRemoved };
  });

/** A heartbeat while a section is open: answers who else has it open (not audited: it changes nothing people wrote). */
export const touchSectionPresenceAction = actionClient
  .metadata({ actionName: "touchSectionPresence", permission: "assessment:write" })
  .inputSchema(z.object({ assessmentId: z.string(), sectionId: z.string().max(100) }))
  .action(async ({ parsedInput, ctx }) => ({ others: await touchSectionPresenceForOrg(ctx.session, parsedInput.assessmentId, parsedInput.sectionId) }));

export const submitAssessmentAction = actionClient
  .metadata({ actionName: "submitAssessment", permission: "assessment:submit" })
  .inputSchema(z.object({ assessmentId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const { facts, checklist, project } = await loadAssessmentChecklist(ctx.session, parsedInput.assessmentId);
    if (facts.status !== "draft") throw new AssessmentFrozenError();
    const locale = await serverLocale();
    const incompleteIn = (current: typeof facts) => assessmentProgress(checklist, current, locale).filter((s) => !s.complete);
    const incomplete = incompleteIn(facts);
    if (incomplete.length > 0) {
      // Each unfinished section is a field error of the submission, keyed by section id, its title
      // (in the reader's language: a checklist text, not a message key) the message.
      const sections = Object.fromEntries(incomplete.map((s) => [s.sectionId, { _errors: [s.title] }]));
      return returnValidationErrors(unfinishedSections, { sections });
    }
    // Checked again on the locked row: a save from another tab cannot slip in between.
    await submitAssessmentForOrg(ctx.session, facts.id, (current) => {
      if (incompleteIn(current).length > 0) throw new UserFacingError("errors.submitChanged");
      return scoreSnapshotOf(project, current);
    });
    revalidatePath(`/projects/${facts.projectId}`);
    return { ok: true as const };
  });
