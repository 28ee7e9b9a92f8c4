import { demoEvaluator } from "./access-fixtures";
import { invalid, server, type Case, type Fx } from "./action-cases";
import { projectInput } from "./fixtures";
import { sampleImportInput } from "./import-cases";
import { sectionSave } from "./section-save";

/**
 * Values every form accepted and the database then refused (a generic "Something went wrong",
 * nothing saved): a NUL, half a surrogate pair, a year outside 1900–2200. Each must now be refused
 * as the field's own message (lib/forms/storable.ts), and write nothing.
 */
const NUL = "Water\u0000point";
const HALF = "Water point \uD83D";
const nulMessage = (label: string) => new RegExp(`^${label} contains an invisible character \\(NUL\\) that cannot be saved: delete it$`, "m");
const halfMessage = (label: string) => new RegExp(`^${label} contains a broken character \\(half of an emoji or symbol\\) that cannot be saved: delete it$`, "m");
const yearMessage = (label: string) => new RegExp(`^${label} must be between 1900 and 2200$`, "m");

const status = (over: Record<string, unknown>) =>
  ["B.CTX.1", "B.CTX.2", "B.CTX.3"].map((criterionId, i) => ({ criterionId, value: "met", notes: "", evidence: "", ...(i === 1 ? over : {}) }));
const risks = (over: Record<string, unknown>) =>
  ["D.PART.1", "D.BEN.1", "D.BEN.2"].map((criterionId, i) => ({
    criterionId, likelihood: 2, impact: 2, status: "open", mitigation: "Weekly call", owner: "Officer", dueDate: "2027-01-31", notes: "", ...(i === 2 ? over : {}),
  }));
const saveBefore = (values: unknown) => (fx: Fx) => [sectionSave(fx.demo.beforeId, "country-context", values)];
const saveDuring = (values: unknown) => (fx: Fx) => [sectionSave(fx.demo.duringId, "partner-and-beneficiaries", values)];

const projectCases = (prefix: (fx: Fx) => unknown[]): Case[] => [
  ["a lone surrogate in the name", (fx) => [...prefix(fx), projectInput({ name: HALF })], invalid(halfMessage("Project name"))],
  ["a NUL in the summary", (fx) => [...prefix(fx), projectInput({ summary: NUL })], invalid(nulMessage("The summary"))],
  ["a NUL in a partner's name", (fx) => [...prefix(fx), projectInput({ partners: [{ name: NUL, country: "KE" }] })], invalid(nulMessage("Partner name"))],
  ["a start date in year 0000", (fx) => [...prefix(fx), projectInput({ startDate: "0000-01-01" })], invalid(yearMessage("The start date"))],
  ["an end date in 2201", (fx) => [...prefix(fx), projectInput({ endDate: "2201-01-01" })], invalid(yearMessage("The end date"))],
];

const importRefused = (message: RegExp) => server(new RegExp(`${message.source}[\\s\\S]*Nothing was imported\\.`));

export function storableCases(): Record<string, Case[]> {
  return {
    saveSectionAction: [
      ["a NUL in a note", saveBefore({ items: status({ notes: NUL }) }), invalid(nulMessage("Notes"))],
      ["a lone surrogate in the evidence", saveBefore({ items: status({ evidence: HALF }) }), invalid(halfMessage("Evidence"))],
      ["a lone surrogate in a mitigation's owner", saveDuring({ risks: risks({ owner: HALF }) }), invalid(halfMessage("Owner"))],
      ["a due date in year 0000", saveDuring({ risks: risks({ dueDate: "0000-01-01" }) }), invalid(yearMessage("The due date"))],
      ["a due date in 2201", saveDuring({ risks: risks({ dueDate: "2201-01-01" }) }), invalid(yearMessage("The due date"))],
    ],
    createProjectAction: projectCases(() => []),
    updateProjectAction: projectCases((fx) => [fx.demo.projectId]),
    approveAssessmentAction: [["a NUL in the comment", (fx) => [{ assessmentId: fx.demo.submittedId, comment: NUL }], invalid(nulMessage("The comment"))]],
    returnAssessmentAction: [
      ["a NUL in the reason", (fx) => [{ assessmentId: fx.demo.submittedId, comment: NUL }], invalid(nulMessage("Reason for returning"))],
      ["a lone surrogate in an item comment", (fx) => [{ assessmentId: fx.demo.submittedId, comment: "Add evidence", items: [{ criterionId: "B.CTX.1", body: HALF }] }], invalid(halfMessage("Comment"))],
    ],
    addCommentAction: [["a lone surrogate in the comment", (fx) => [{ assessmentId: fx.demo.submittedId, body: HALF }], invalid(halfMessage("Comment"))]],
    addThirdPartyAssessmentAction: [["a NUL in the assessment", (fx) => [{ assessmentId: fx.access.approvedId, rating: "Low", body: NUL }], invalid(nulMessage("Assessment")), demoEvaluator]],
    // Member and invitation ids are Better Auth's text ids, not uuids: a NUL reached the query.
    removeMemberAction: [["a NUL in the member id", () => [{ memberId: NUL }], invalid(/^The member is unknown$/m)]],
    cancelInvitationAction: [["a lone surrogate in the invitation id", () => [{ invitationId: HALF }], invalid(/^The invitation is unknown$/m)]],
    importProjectAction: [
      ["a NUL in a note", () => [sampleImportInput((f) => (f.assessments[0].answers[0].notes = NUL))], importRefused(/assessments\.0\.answers\.0\.notes: This text contains an invisible character \(NUL\)/)],
      ["a lone surrogate in the project name", () => [sampleImportInput((f) => (f.project.name = HALF))], importRefused(/project\.name: This text contains a broken character/)],
      ["a due date in year 0000", () => [sampleImportInput((f) => (f.assessments[2].risks[1].mitigation.dueDate = "0000-01-01"))], importRefused(/assessments\.2\.risks\.1\.mitigation\.dueDate: The date must be between 1900 and 2200/)],
      ["a start date in 2201", () => [sampleImportInput((f) => (f.project.startDate = "2201-01-01"))], importRefused(/project\.startDate: The date must be between 1900 and 2200/)],
    ],
  };
}
