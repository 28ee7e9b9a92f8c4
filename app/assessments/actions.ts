"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { submitAssessmentForOrg, saveSectionForOrg } from "@/db/queries/assessment-writes";
import { getAssessmentWithChecklistForOrg, startAssessmentForOrg } from "@/db/queries/assessments";
import { actionClient } from "@/lib/actions/safe-action";
import { findSection } from "@/lib/checklists/applicable";
import { checklistKinds } from "@/lib/checklists/definition-schema";
import { AssessmentFrozenError, NotFoundError } from "@/lib/errors";
import { parseSectionValues } from "@/lib/forms/section-schema";
import { assessmentProgress } from "@/lib/forms/section-values";
import type { SessionContext } from "@/lib/session";

async function loadAssessmentChecklist(session: SessionContext, assessmentId: string) {
  const found = await getAssessmentWithChecklistForOrg(session, assessmentId);
  if (!found) throw new NotFoundError("The assessment");
  return found;
}

export const startAssessmentAction = actionClient
  .metadata({ actionName: "startAssessment", permission: "assessment:write" })
  .inputSchema(
    z.object({
      projectId: z.string({ error: "The project is missing" }),
      kind: z.enum(checklistKinds, { error: "Choose which checklist to start" }),
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
  .inputSchema(
    z.object({
      assessmentId: z.string(),
      sectionId: z.string(),
      strictness: z.enum(["draft", "complete"]),
      values: z.unknown(),
    }),
  )
  .action(async ({ parsedInput, ctx }) => {
    const { facts, checklist } = await loadAssessmentChecklist(ctx.session, parsedInput.assessmentId);
    if (facts.status !== "draft") throw new AssessmentFrozenError();
    const section = findSection(checklist, parsedInput.sectionId);
    if (!section) throw new NotFoundError("That section of the checklist");
    // Re-validate with the schema built from the stored checklist version, never from the client's idea of it.
    const parsed = parseSectionValues(section, parsedInput.strictness, parsedInput.values);
    if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
    const savedAt = await saveSectionForOrg(ctx.session, facts.id, parsed.values);
    return { ok: true as const, savedAt: savedAt.toISOString() };
  });

export const submitAssessmentAction = actionClient
  .metadata({ actionName: "submitAssessment", permission: "assessment:submit" })
  .inputSchema(z.object({ assessmentId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const { facts, checklist } = await loadAssessmentChecklist(ctx.session, parsedInput.assessmentId);
    if (facts.status !== "draft") throw new AssessmentFrozenError();
    const incomplete = assessmentProgress(checklist, facts).filter((s) => !s.complete);
    if (incomplete.length > 0) {
      return { ok: false as const, incomplete: incomplete.map((s) => ({ sectionId: s.sectionId, title: s.title })) };
    }
    await submitAssessmentForOrg(ctx.session, facts.id);
    revalidatePath(`/projects/${facts.projectId}`);
    return { ok: true as const };
  });
