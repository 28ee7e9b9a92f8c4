import { reviewNoteKinds } from "./review-note";

/**
 * Every action name the audit log records (db/queries/audit.ts types its entries with it). The
 * audit page reads each as words from `audit.actions.*` in the messages files; a name added here
 * without its words fails lib/domain/audit-actions.test.ts, and one written without being added
 * here fails the type check.
 */
export const auditActions = [
  "project.create",
  "project.update",
  "project.import",
  "assessment.start",
  "assessment.submit",
  "assessment.approve",
  "assessment.return",
  "assessment.new-version",
  "assessment.import",
  "answer.edit",
  "risk.edit",
  "risk.add",
  "risk.remove",
  "indicators.edit",
  "evidence.add",
  "evidence.remove",
  ...reviewNoteKinds.map((kind) => `review.${kind}` as const),
  "member.add",
  "member.role",
  "member.remove",
  "invitation.create",
  "invitation.cancel",
  "invitation.accept",
  "evaluator.projects",
  "organization.create",
  "organization.self-approval",
] as const;
export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}
