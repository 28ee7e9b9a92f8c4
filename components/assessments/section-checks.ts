import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import type { ChecklistSection } from "@/lib/checklists/definition-schema";
import { parseSectionChanges } from "@/lib/forms/section-changes";
import { buildSectionSchema, type SchemaStrictness } from "@/lib/forms/section-schema";
import type { SectionFormValues } from "@/lib/forms/section-values";

/**
 * The section form's checks: the same zod schemas the server saves with. The form loads this
 * module once it is on screen (load-section-checks.ts), so the questions appear without waiting for
 * zod; the service worker keeps it for offline use like every build file.
 */
export function sectionResolver(section: ChecklistSection, strictness: SchemaStrictness): Resolver<SectionFormValues> {
  return zodResolver(buildSectionSchema(section, strictness) as never, undefined, { raw: true }) as unknown as Resolver<SectionFormValues>;
}

export { buildSectionSchema, parseSectionChanges };
