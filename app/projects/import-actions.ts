"use server";

import { revalidatePath } from "next/cache";
import { importProjectForOrg } from "@/db/queries/import-project";
import { actionClient } from "@/lib/actions/safe-action";
import { UserFacingError } from "@/lib/errors";
import { importInputSchema, readExportText } from "@/lib/exports/import-input";
import { verifyImportFile, verifyStoredImport } from "@/lib/exports/verify-import";

/** Imports a JSON export as a new project of the session's organisation (never one named in the file). */
export const importProjectAction = actionClient
  .metadata({ actionName: "importProject", permission: "project:write" })
  .inputSchema(importInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    const parsed = readExportText(parsedInput.json);
    if (!parsed.ok) throw new UserFacingError("errors.importRefused", { problem: parsed.message });
    const file = parsed.file;
    verifyImportFile(file);
    // A JSON file names its evidence files but does not carry them (the project archive does).
    const { projectId } = await importProjectForOrg(ctx.session, file, (stored, assessments) => verifyStoredImport(file, stored, assessments));
    revalidatePath("/projects");
    return { projectId };
  });
