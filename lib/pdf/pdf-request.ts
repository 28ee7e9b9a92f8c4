import type { AssessmentReport } from "@/lib/report/assessment-report";
import type { ProjectReport } from "@/lib/report/project-report";

/**
 * What a PDF is made from: the same report model the HTML page shows, plus the page frame.
 * Plain data only (no functions), because it is copied to a worker thread.
 */
export type PdfRequest =
  | { kind: "assessment"; organizationName: string; generatedAt: Date; report: AssessmentReport }
  | { kind: "project"; organizationName: string; generatedAt: Date; report: ProjectReport }
  /** Loads the fonts into a fresh thread, so the first real download does not wait for them. */
  | { kind: "warm-up" };
