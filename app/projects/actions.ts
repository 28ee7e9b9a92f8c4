"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
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
    await updateProjectForOrg(ctx.session, projectId, parsedInput);
    revalidatePath("/projects", "layout");
    return { projectId };
  });
