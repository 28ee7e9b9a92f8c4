import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { UserFacingError } from "@/lib/errors";
import type { SessionContext } from "@/lib/domain/session-context";
import { getDb, type DbOrTx } from "../client";
import { answers, assessments, auditLog, organizations, risks } from "../schema";
import { inOrganisation, visibleAssessments } from "./scope";

/** Why the four-eyes rule keeps this reviewer from approving or returning a version. */
export type ReviewBlock = "submitted" | "lastEdited";

type Reviewed = Pick<typeof assessments.$inferSelect, "id" | "submittedBy" | "indicatorsUpdatedBy" | "indicatorsUpdatedAt">;

const nested = <T>(expression: SQL) => sql<T>`${expression}`;

const editActions = sql`('answer.edit', 'risk.edit', 'indicators.edit')`;

/** Audit entries about this version (the database stores which one each is about: audit_log.assessment_id). */
const aboutVersion = (alias: string) => sql`${sql.raw(alias)}.assessment_id = ${assessments.id}`;

/**
 * The four-eyes block of each of these versions for this reviewer, in one statement: the home
 * page's review queue asks for hundreds at once, a review for one.
 *  - submitted: the stored submitter is a name; the audit log also knows the account, so a rename does not slip through.
 *  - lastEdited: the accounts behind the latest save of an answer, a risk or the indicators, from the
 *    audit log written in the same transaction as each save (two people of one name, or a rename,
 *    must neither block nor let through the wrong person); by name only for a version with no logged
 *    edit (imported), from the stored editors. Times compare to the millisecond, as the app reads them.
 */
export async function reviewBlocksOf(tx: DbOrTx, ctx: SessionContext, ids: string[]): Promise<Map<string, ReviewBlock | null>> {
  if (ids.length === 0) return new Map();
  const org = ctx.organizationId;
  const rows = await tx
    .select({
      id: assessments.id,
      // Each field is nested once more: drizzle writes a single table's columns unqualified at the top
      // of a select list, and an unqualified "id" inside these subqueries would name the inner table's.
      submitted: nested<boolean>(sql`(${assessments.submittedBy} = ${ctx.userName} or exists (
        select 1 from ${auditLog} s where s."organization_id" = ${org} and s.action = 'assessment.submit'
          and ${aboutVersion("s")} and s.actor_id = ${ctx.userId}))`),
      loggedEditors: nested<string[] | null>(sql`(select array_agg(distinct l.actor_id) from ${auditLog} l
        where l."organization_id" = ${org} and l.action in ${editActions} and ${aboutVersion("l")}
          and date_trunc('milliseconds', l.created_at) = (
            select date_trunc('milliseconds', max(m.created_at)) from ${auditLog} m
            where m."organization_id" = ${org} and m.action in ${editActions} and ${aboutVersion("m")}))`),
      namedEditors: nested<string[] | null>(sql`(with e as (
          select x.updated_by as by, max(x.updated_at) as at from ${answers} x
            where x."organization_id" = ${org} and x.assessment_id = ${assessments.id} and x.updated_by is not null group by x.updated_by
          union all
          select r.updated_by, max(r.updated_at) from ${risks} r
            where r."organization_id" = ${org} and r.assessment_id = ${assessments.id} and r.updated_by is not null group by r.updated_by
          union all
          select ${assessments.indicatorsUpdatedBy}, ${assessments.indicatorsUpdatedAt}
            where ${assessments.indicatorsUpdatedBy} is not null and ${assessments.indicatorsUpdatedAt} is not null)
        select array_agg(e.by) from e where date_trunc('milliseconds', e.at) = (select date_trunc('milliseconds', max(at)) from e))`),
    })
    .from(assessments)
    .where(and(inOrganisation(ctx, assessments), inArray(assessments.id, ids)));
  return new Map(
    rows.map((r) => {
      if (r.submitted) return [r.id, "submitted"];
      const logged = r.loggedEditors ?? [];
      const lastEdited = logged.length > 0 ? logged.includes(ctx.userId) : (r.namedEditors ?? []).includes(ctx.userName);
      return [r.id, lastEdited ? "lastEdited" : null];
    }),
  );
}

/** Null when the caller may review this version; otherwise why not (before any setting waives it). */
export async function reviewBlockOf(tx: DbOrTx, ctx: SessionContext, row: Reviewed): Promise<ReviewBlock | null> {
  return (await reviewBlocksOf(tx, ctx, [row.id])).get(row.id) ?? null;
}

export async function selfApprovalAllowed(tx: DbOrTx, ctx: SessionContext): Promise<boolean> {
  const [org] = await tx
    .select({ allowed: organizations.allowSelfApproval })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  return org?.allowed ?? false;
}

/**
 * Four eyes, checked inside the review's own transaction on the locked row: refused when the
 * reviewer submitted or last edited the version, unless the organisation allows self-approval
 * (then `selfApproved` is true and the sign-off says so). No role is exempt, admins included.
 */
export async function ensureFourEyes(tx: DbOrTx, ctx: SessionContext, row: Reviewed): Promise<{ selfApproved: boolean }> {
  const block = await reviewBlockOf(tx, ctx, row);
  if (block === null) return { selfApproved: false };
  if (await selfApprovalAllowed(tx, ctx)) return { selfApproved: true };
  throw new UserFacingError(block === "submitted" ? "errors.fourEyesSubmitted" : "errors.fourEyesLastEdited");
}

/** What the review panel needs to explain the rule rather than offer buttons that would be refused. */
export async function reviewBlockForOrg(ctx: SessionContext, assessmentId: string): Promise<{ block: ReviewBlock | null; selfApprovalAllowed: boolean }> {
  const db = await getDb();
  const [row] = await db
    .select({ id: assessments.id, submittedBy: assessments.submittedBy, indicatorsUpdatedBy: assessments.indicatorsUpdatedBy, indicatorsUpdatedAt: assessments.indicatorsUpdatedAt })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)));
  if (!row) return { block: null, selfApprovalAllowed: false };
  return { block: await reviewBlockOf(db, ctx, row), selfApprovalAllowed: await selfApprovalAllowed(db, ctx) };
}
