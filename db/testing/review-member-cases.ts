import { demoEvaluator } from "./access-fixtures";
import { invalid, long, missingAssessment, notFound, nowhere, server, shapeCases, type Case, type Fx } from "./action-cases";

/** Malformed input for the review actions (app/assessments/review-actions.ts) and the member actions (app/settings/members). */
export function reviewCases(): Record<string, Case[]> {
  const stillDraft = server(/^This assessment is still a draft: it has not been submitted for review\.$/);
  const already = (status: string) => server(new RegExp(`^This assessment is already ${status}\\.$`));
  const noDraftComments = server(/^Comments are added once the assessment has been submitted\.$/);
  const notInChecklist = notFound("That item of the checklist");
  const returnOf = (assessmentId: string, over: object = {}) => ({ assessmentId, comment: "Please add evidence", ...over });
  const comment = (assessmentId: string, over: object = {}) => ({ assessmentId, body: "Checked the receipts", ...over });
  const thirdParty = (assessmentId: string, over: object = {}) => ({ assessmentId, rating: "Moderate", body: "Visited in May", ...over });
  const ev = demoEvaluator;
  return {
    approveAssessmentAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ assessmentId: 5, comment: [] }], invalid(/The assessment is missing/)],
      ["an oversized comment", (fx) => [{ assessmentId: fx.demo.submittedId, comment: long }], invalid(/^The comment is too long$/m)],
      ...missingAssessment((assessmentId) => ({ assessmentId })),
      ["a draft", (fx) => [{ assessmentId: fx.demo.beforeId }], stillDraft],
      ["an approved assessment", (fx) => [{ assessmentId: fx.access.approvedId }], already("approved")],
      ["a returned assessment", (fx) => [{ assessmentId: fx.access.returnedId }], already("returned")],
    ],
    returnAssessmentAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ assessmentId: 5, comment: 7, items: "all" }], invalid(/The assessment is missing[\s\S]*Reason for returning must be text/)],
      ["no reason", (fx) => [returnOf(fx.demo.submittedId, { comment: "   " })], invalid(/^Write the reason for returning$/m)],
      ["an oversized reason", (fx) => [returnOf(fx.demo.submittedId, { comment: long })], invalid(/Reason for returning is too long/)],
      ["a malformed criterion id", (fx) => [returnOf(fx.demo.submittedId, { items: [{ criterionId: "1; drop", body: "x" }] })], invalid(/^Unknown criterion$/m)],
      ["an empty item comment", (fx) => [returnOf(fx.demo.submittedId, { items: [{ criterionId: "B.CTX.1", body: "" }] })], invalid(/^Write the comment$/m)],
      ["101 item comments", (fx) => [returnOf(fx.demo.submittedId, { items: Array.from({ length: 101 }, () => ({ criterionId: "B.CTX.1", body: "x" })) })], invalid(/Too many item comments/)],
      ["an item of another checklist", (fx) => [returnOf(fx.demo.submittedId, { items: [{ criterionId: "P.LEGAL.1", body: "x" }] })], notInChecklist],
      ["an item of another participation mode", (fx) => [returnOf(fx.demo.submittedId, { items: [{ criterionId: "B.MODE.GOV.1", body: "x" }] })], notInChecklist],
      ...missingAssessment((assessmentId) => returnOf(assessmentId)),
      ["a draft", (fx) => [returnOf(fx.demo.beforeId)], stillDraft],
      ["an approved assessment", (fx) => [returnOf(fx.access.approvedId)], already("approved")],
      ["a returned assessment", (fx) => [returnOf(fx.access.returnedId)], already("returned")],
    ],
    reopenAssessmentAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ assessmentId: 5 }], invalid(/^The assessment is missing$/m)],
      ...missingAssessment((assessmentId) => ({ assessmentId })),
      ["a draft", (fx) => [{ assessmentId: fx.demo.beforeId }], stillDraft],
      ["a submitted assessment", (fx) => [{ assessmentId: fx.demo.submittedId }], already("submitted")],
      ["an approved version with a newer version", (fx) => [{ assessmentId: fx.access.supersededId }], server(/^A newer version of this assessment exists; open that one instead\.$/)],
    ],
    addCommentAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ assessmentId: 5, criterionId: 5, body: 5 }], invalid(/The assessment is missing[\s\S]*Comment must be text/)],
      ["no text", (fx) => [comment(fx.demo.submittedId, { body: " " })], invalid(/^Write the comment$/m)],
      ["oversized text", (fx) => [comment(fx.demo.submittedId, { body: long })], invalid(/Comment is too long/)],
      ["a malformed criterion id", (fx) => [comment(fx.demo.submittedId, { criterionId: "../x" })], invalid(/^Unknown criterion$/m)],
      ["an item of another checklist", (fx) => [comment(fx.demo.submittedId, { criterionId: "D.PART.1" })], notInChecklist],
      ...missingAssessment((assessmentId) => comment(assessmentId)),
      ["a draft", (fx) => [comment(fx.demo.beforeId)], noDraftComments],
    ],
    addThirdPartyAssessmentAction: [
      ...shapeCases(() => [], ev),
      ["an object with wrong types", () => [{ assessmentId: 5, rating: 1, body: {} }], invalid(/The assessment is missing[\s\S]*Choose your rating[\s\S]*Assessment must be text/), ev],
      ["a rating outside the list", (fx) => [thirdParty(fx.access.approvedId, { rating: "Excellent" })], invalid(/^Choose your rating$/m), ev],
      ["no text", (fx) => [thirdParty(fx.access.approvedId, { body: "" })], invalid(/^Write the assessment$/m), ev],
      ["oversized text", (fx) => [thirdParty(fx.access.approvedId, { body: long })], invalid(/Assessment is too long/), ev],
      ...missingAssessment((assessmentId) => thirdParty(assessmentId), ev),
      ["a project not given to the evaluator", (fx) => [thirdParty(fx.demo.submittedId)], notFound("The assessment"), ev],
      ["a draft of a given project", (fx) => [thirdParty(fx.access.draftV2Id)], noDraftComments, ev],
      ["a role that may not (admin)", (fx) => [thirdParty(fx.access.approvedId)], server(/^Your role does not allow this\./)],
    ],
  };
}

export function memberCases(): Record<string, Case[]> {
  const lastAdmin = server(/^The organisation needs at least one admin\. Make someone else admin first\.$/);
  const memberIds = (what: (memberId: string) => object): Case[] => [
    ["an empty member id", () => [what("")], invalid(/^The member is missing$/m)],
    ["a member id that names nothing", () => [what(nowhere)], notFound("The member")],
    ["another organisation's member", (fx) => [what(fx.access.other.staffMemberId)], notFound("The member")],
  ];
  const evaluatorProjects = (projectIds: (fx: Fx) => unknown) => (fx: Fx) => [{ memberId: fx.access.members.evaluator, projectIds: projectIds(fx) }];
  return {
    inviteMemberAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ email: 5, role: 5 }], invalid(/Enter an email address[\s\S]*Choose a role/)],
      ["not an email address", () => [{ email: "someone", role: "staff" }], invalid(/^Enter an email address, like name@example\.org$/m)],
      ["an unknown role", () => [{ email: "new@example.org", role: "owner" }], invalid(/^Choose a role$/m)],
      ["an address of a member", () => [{ email: "STAFF-USER@example.org", role: "manager" }], server(/^staff-user@example\.org is already a member of this organisation\.$/)],
    ],
    cancelInvitationAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ invitationId: 5 }], invalid(/^The invitation is missing$/m)],
      ["an empty invitation id", () => [{ invitationId: "" }], invalid(/^The invitation is missing$/m)],
      ["an invitation id that names nothing", () => [{ invitationId: nowhere }], notFound("The invitation")],
      ["another organisation's invitation", (fx) => [{ invitationId: fx.access.other.invitationId }], notFound("The invitation")],
      ["an invitation already cancelled", (fx) => [{ invitationId: fx.access.canceledInvitationId }], notFound("The invitation")],
    ],
    changeMemberRoleAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ memberId: 5, role: 5 }], invalid(/The member is missing[\s\S]*Choose a role/)],
      ["an unknown role", (fx) => [{ memberId: fx.access.members.staff, role: "owner" }], invalid(/^Choose a role$/m)],
      ...memberIds((memberId) => ({ memberId, role: "manager" })),
      ["the last admin made staff", (fx) => [{ memberId: fx.access.members.admin, role: "staff" }], lastAdmin],
    ],
    removeMemberAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ memberId: [] }], invalid(/^The member is missing$/m)],
      ...memberIds((memberId) => ({ memberId })),
      ["the last admin", (fx) => [{ memberId: fx.access.members.admin }], lastAdmin],
    ],
    setEvaluatorProjectsAction: [
      ...shapeCases(),
      ["an object with wrong types", () => [{ memberId: 5, projectIds: "all" }], invalid(/The member is missing[\s\S]*expected array/)],
      ["501 project ids", evaluatorProjects(() => Array.from({ length: 501 }, () => nowhere)), invalid(/^Too many projects$/m)],
      ...memberIds((memberId) => ({ memberId, projectIds: [] })),
      ["a member who is not an evaluator", (fx) => [{ memberId: fx.access.members.staff, projectIds: [fx.demo.projectId] }], server(/^Projects are given to evaluators only/)],
      ["a non-uuid project id", evaluatorProjects(() => ["project-1"]), notFound("A project")],
      ["a project id that names nothing", evaluatorProjects((fx) => [fx.demo.projectId, nowhere]), notFound("A project")],
      ["another organisation's project", evaluatorProjects((fx) => [fx.demo.projectId, fx.access.other.projectId]), notFound("A project")],
    ],
    setSelfApprovalAction: [
      ...shapeCases(),
      ["no choice", () => [{}], invalid(/^Choose whether self-approval is allowed$/m)],
      ["a string for the choice", () => [{ allowed: "yes" }], invalid(/^Choose whether self-approval is allowed$/m)],
    ],
  };
}
