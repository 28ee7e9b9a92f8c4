import type { Locale } from "@/lib/i18n/locales";
import type { AssessmentReport } from "../assessment-report";
import { wordsFor, type Words } from "../words";
import type { Signatures } from "./blocks";

const labels = (w: Words): Signatures["labels"] => ({
  name: w("printedReport.signatures.name"),
  signature: w("printedReport.signatures.signature"),
  date: w("printedReport.signatures.date"),
});

/**
 * An assessment is signed by who submitted it and who reviewed it. A name is printed once the
 * app knows it; before that (a draft, a version awaiting review) the line is left to write in.
 */
export function assessmentSignatures(report: Pick<AssessmentReport, "status" | "submittedBy" | "reviewedBy">, locale: Locale): Signatures {
  const w = wordsFor(locale);
  const reviewed = report.status === "approved" || report.status === "returned";
  return {
    labels: labels(w),
    people: [
      { key: "submitter", role: w("printedReport.signatures.submitter"), name: report.status === "draft" ? null : report.submittedBy },
      { key: "reviewer", role: w("printedReport.signatures.reviewer"), name: reviewed ? report.reviewedBy : null },
    ],
  };
}

/**
 * The project report is put together for a board, not submitted in the app: who prepared the
 * pack and who approves it sign by hand, so both names are left to write in.
 */
export function projectSignatures(locale: Locale): Signatures {
  const w = wordsFor(locale);
  return {
    labels: labels(w),
    people: [
      { key: "preparer", role: w("printedReport.signatures.preparedBy"), name: null },
      { key: "approver", role: w("printedReport.signatures.approvedBy"), name: null },
    ],
  };
}
