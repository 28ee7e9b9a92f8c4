let loading: Promise<typeof import("./section-checks")> | null = null;

/** The section form's zod checks, loaded once per page after the form is shown (section-checks.ts). */
export function loadSectionChecks() {
  loading ??= import("./section-checks");
  return loading;
}
