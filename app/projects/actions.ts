"use server";

import { revalidatePath } from "next/cache";
import * as z from "@/lib/validation/zod";
import { createProjectForOrg, updateProjectForOrg } from "@/db/queries/projects";
import { actionClient } from "@/lib/actions/safe-action";
import { projectSchema } from "@/lib/projects/project-schema";

export const createProjectAction = actionClient
  .metadata({ actionName: "createProject", permission: "project:write" })
  .inputSchema(projectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const projectId = await createProjectForOrg(ctx.session, parsedInput);
    revalidatePath("/projects");
    return { projectId };
  });

export const updateProjectAction = actionClient
  .metadata({ actionName: "updateProject", permission: "project:write" })
  .bindArgsSchemas([z.string()])
  .inputSchema(projectSchema)
  .action(async ({ parsedInput, bindArgsParsedInputs: [projectId], ctx }) => {
    // An edit is always based on the revision the form was loaded with, never a blind overwrite:
    // a form that names none (revision -1 matches nothing) gets the conflict, and its editor chooses.
    const conflict = await updateProjectForOrg(ctx.session, projectId, parsedInput, parsedInput.revision ?? -1);
    if (conflict) return { projectId, conflict };
    revalidatePath("/projects", "layout");
    return { projectId, conflict: null };
  });
