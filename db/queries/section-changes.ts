import { and, asc, eq, inArray } from "drizzle-orm";
import type { SessionContext } from "@/lib/domain/session-context";
import type { ChangeResult, PartRevision, SectionChange } from "@/lib/forms/section-changes";
import { INDICATORS_KEY } from "@/lib/forms/section-paths";
import type { DbOrTx } from "../client";
import { answers, assessments, indicators, mitigations, risks } from "../schema";
import { recordAudit, type AuditEntry } from "./audit";
import { indicatorRows } from "./indicator-rows";
import { inOrganisation } from "./scope";


type Current = PartRevision & { value: unknown };

/** Equal values, whatever the order of their keys (the stored row and the parsed form list them differently). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, canonical(x)]))
      : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The stored state of the given parts of one assessment, in the shapes the changes carry. Each
 * table is read only for the parts of its kind: an autosave of one answer costs one read.
 */
export async function currentPartsForOrg(
  tx: DbOrTx,
  ctx: SessionContext,
  assessmentId: string,
  parts: ReadonlyArray<Pick<SectionChange, "key" | "part">>,
): Promise<Map<string, Current>> {
  const out = new Map<string, Current>();
  const keysOf = (part: SectionChange["part"]) => parts.filter((p) => p.part === part).map((p) => p.key);
  const itemIds = keysOf("item");
  const riskIds = keysOf("risk");
  if (itemIds.length) {
    const answerRows = await tx
      .select()
      .from(answers)
      .where(and(inOrganisation(ctx, answers), eq(answers.assessmentId, assessmentId), inArray(answers.criterionId, itemIds)));
    for (const a of answerRows) {
      out.set(a.criterionId, { revision: a.revision, by: a.updatedBy, at: iso(a.updatedAt), value: { criterionId: a.criterionId, value: a.value, notes: a.notes, evidence: a.evidence } });
    }
  }
  if (riskIds.length) {
    const riskRows = await tx
      .select({ risk: risks, mitigation: mitigations })
      .from(risks)
      .leftJoin(mitigations, and(eq(mitigations.riskId, risks.id), inOrganisation(ctx, mitigations)))
      .where(and(inOrganisation(ctx, risks), eq(risks.assessmentId, assessmentId), inArray(risks.criterionId, riskIds)));
    for (const { risk, mitigation } of riskRows) {
      out.set(risk.criterionId, {
        revision: risk.revision,
        by: risk.updatedBy,
        at: iso(risk.updatedAt),
        value: {
          criterionId: risk.criterionId,
          likelihood: risk.likelihood,
          impact: risk.impact,
          status: risk.status,
          mitigation: mitigation?.action ?? "",
          owner: mitigation?.owner ?? "",
          dueDate: mitigation?.dueDate ?? null,
          notes: risk.notes,
        },
      });
    }
  }
  if (parts.some((p) => p.part === "indicators")) {
    const [row] = await tx
      .select({ revision: assessments.indicatorsRevision, by: assessments.indicatorsUpdatedBy, at: assessments.indicatorsUpdatedAt })
      .from(assessments)
      .where(and(eq(assessments.id, assessmentId), inOrganisation(ctx, assessments)));
    const list = await tx
      .select()
      .from(indicators)
      .where(and(inOrganisation(ctx, indicators), eq(indicators.assessmentId, assessmentId)))
      .orderBy(asc(indicators.position));
    out.set(INDICATORS_KEY, {
      revision: row?.revision ?? 0,
      by: row?.by ?? null,
      at: iso(row?.at ?? null),
      value: list.map((i) => ({ name: i.name, unit: i.unit, target: i.target === null ? null : Number(i.target), actual: i.actual === null ? null : Number(i.actual) })),
    });
  }
  return out;
}

async function writePart(tx: DbOrTx, ctx: SessionContext, assessmentId: string, change: SectionChange, revision: number, now: Date) {
  const org = ctx.organizationId;
  const stamp = { revision, updatedBy: ctx.userName, updatedAt: now };
  if (change.part === "item") {
    const { criterionId: _, ...after } = change.value;
    await tx
      .insert(answers)
      .values({ organizationId: org, assessmentId, criterionId: change.key, ...after, ...stamp })
      .onConflictDoUpdate({ target: [answers.assessmentId, answers.criterionId], set: { ...after, ...stamp } });
  } else if (change.part === "risk") {
    const r = change.value;
    const values = { likelihood: r.likelihood, impact: r.impact, status: r.status, notes: r.notes, ...stamp };
    const [row] = await tx
      .insert(risks)
      .values({ organizationId: org, assessmentId, criterionId: change.key, ...values })
      .onConflictDoUpdate({ target: [risks.assessmentId, risks.criterionId], set: values })
      .returning({ id: risks.id });
    // The form edits one mitigation per risk: replace it as a whole.
    await tx.delete(mitigations).where(and(inOrganisation(ctx, mitigations), eq(mitigations.riskId, row!.id)));
    if (r.mitigation.trim() !== "" || r.owner.trim() !== "" || r.dueDate !== null) {
      await tx.insert(mitigations).values({ organizationId: org, riskId: row!.id, action: r.mitigation, owner: r.owner, dueDate: r.dueDate });
    }
  } else {
    await tx.delete(indicators).where(and(inOrganisation(ctx, indicators), eq(indicators.assessmentId, assessmentId)));
    if (change.value.length > 0) {
      await tx.insert(indicators).values(indicatorRows(org, assessmentId, change.value));
    }
    await tx
      .update(assessments)
      .set({ indicatorsRevision: revision, indicatorsUpdatedBy: ctx.userName, indicatorsUpdatedAt: now })
      .where(and(eq(assessments.id, assessmentId), inOrganisation(ctx, assessments)));
  }
}

/** The item's fields without its id, which the entity id already names. */
const fieldsOf = (value: unknown) => {
  const { criterionId: _, ...fields } = value as { criterionId?: string };
  return fields;
};

const auditOf = (assessmentId: string, change: SectionChange, before: unknown): AuditEntry =>
  change.part === "indicators"
    ? { action: "indicators.edit", entityType: "indicators", entityId: assessmentId, before, after: change.value }
    : {
        action: change.part === "risk" ? "risk.edit" : "answer.edit",
        entityType: change.part === "risk" ? "risk" : "answer",
        entityId: `${assessmentId}/${change.key}`,
        before: fieldsOf(before),
        after: fieldsOf(change.value),
      };

const emptyOf = (change: SectionChange): unknown =>
  change.part === "item"
    ? { criterionId: change.key, value: null, notes: "", evidence: "" }
    : change.part === "risk"
      ? { criterionId: change.key, likelihood: null, impact: null, status: "open", mitigation: "", owner: "", dueDate: null, notes: "" }
      : [];

/**
 * Applies the changes of one draft, which the caller has locked (so nobody writes between the
 * check and the write). A part is written only while its revision is still the one the change was
 * based on; a part someone else changed since is left as it is and answered with its newer value.
 * A change equal to what is stored writes nothing. Every write is in the audit log (before → after).
 */
export async function applySectionChanges(
  tx: DbOrTx,
  ctx: SessionContext,
  assessmentId: string,
  changes: SectionChange[],
  now = new Date(),
): Promise<ChangeResult[]> {
  const current = await currentPartsForOrg(tx, ctx, assessmentId, changes);
  const results: ChangeResult[] = [];
  const audit: AuditEntry[] = [];
  for (const change of changes) {
    const stored = current.get(change.key) ?? { revision: 0, by: null, at: null, value: emptyOf(change) };
    // A change equal to what is stored is no conflict, whoever stored it (a resent change, or two
    // people giving the same answer): the editor just moves to the stored revision.
    if (same(stored.value, change.value)) {
      results.push({ key: change.key, status: "saved", revision: stored.revision });
      continue;
    }
    if (change.base !== stored.revision) {
      results.push({ key: change.key, status: "conflict", current: stored.value, revision: stored.revision, by: stored.by, at: stored.at });
      continue;
    }
    await writePart(tx, ctx, assessmentId, change, stored.revision + 1, now);
    audit.push(auditOf(assessmentId, change, stored.value));
    results.push({ key: change.key, status: "saved", revision: stored.revision + 1 });
  }
  await recordAudit(tx, ctx, audit);
  if (audit.length) {
    await tx.update(assessments).set({ updatedAt: now }).where(and(eq(assessments.id, assessmentId), inOrganisation(ctx, assessments)));
  }
  return results;
}
