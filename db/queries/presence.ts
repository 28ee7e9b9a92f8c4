import { and, eq, gt, ne } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import { isUuid, NotFoundError } from "@/lib/errors";
import { getDb } from "../client";
import { assessments, sectionPresence } from "../schema";
import { inOrganisation, visibleAssessments } from "./scope";

/** How long a heartbeat counts as "here": a few missed polls on a weak connection still do. */
export const PRESENCE_WINDOW_MS = 2 * 60_000;

/**
 * Notes that this person has the section open, and answers who else has had it open within the
 * window (most recent first), so the form can say "Malik Manager is also editing this section".
 */
export async function touchSectionPresenceForOrg(ctx: SessionContext, assessmentId: string, sectionId: string, now = new Date()) {
  if (!isUuid(assessmentId)) throw new NotFoundError("things.assessment");
  const db = await getDb();
  const [assessment] = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), visibleAssessments(ctx)));
  if (!assessment) throw new NotFoundError("things.assessment");
  const seen = { organizationId: ctx.organizationId, assessmentId, sectionId, userId: ctx.userId, userName: ctx.userName, seenAt: now };
  await db
    .insert(sectionPresence)
    .values(seen)
    .onConflictDoUpdate({ target: [sectionPresence.assessmentId, sectionPresence.sectionId, sectionPresence.userId], set: { userName: ctx.userName, seenAt: now } });
  const others = await db
    .select({ name: sectionPresence.userName })
    .from(sectionPresence)
    .where(
      and(
        inOrganisation(ctx, sectionPresence),
        eq(sectionPresence.assessmentId, assessmentId),
        eq(sectionPresence.sectionId, sectionId),
        ne(sectionPresence.userId, ctx.userId),
        gt(sectionPresence.seenAt, new Date(now.getTime() - PRESENCE_WINDOW_MS)),
      ),
    )
    .orderBy(sectionPresence.seenAt);
  return others.map((o) => o.name).reverse();
}
