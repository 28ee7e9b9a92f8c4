import { sql } from "drizzle-orm";
import { rawRows } from "../raw-rows";
import type { Db } from "../client";
import {
  evidenceFiles,
  ownRisks,
  answers,
  indicators,
  mitigations,
  partners,
  projectEvaluators,
  projectPartners,
  projects,
  reviewNotes,
  risks,
  sectionPresence,
  user,
} from "../schema";

/** One organisation's parents: every table a child row can point at. */
export type Parents = { project: string; partner: string; assessment: string; risk: string };

export const FK_USER_ID = "fk-user";

/** Fresh parents per test, so primary keys and "one version per series" never collide between cases. */
export async function seedParents(db: Db, organizationId: string): Promise<Parents> {
  const [project] = await db
    .insert(projects)
    .values({
      organizationId,
      name: "FK project",
      hostCountry: "KE",
      sector: "Health",
      participationMode: "territorial",
      budget: "1",
      currency: "EUR",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
    })
    .returning({ id: projects.id });
  const [partner] = await db.insert(partners).values({ organizationId, name: "FK partner", country: "KE" }).returning({ id: partners.id });
  const assessment = { id: await insertAssessment(db, organizationId, project!.id, "before") };
  const [risk] = await db
    .insert(risks)
    .values({ organizationId, assessmentId: assessment!.id, criterionId: "SEED.1" })
    .returning({ id: risks.id });
  await db.insert(user).values({ id: FK_USER_ID, name: "FK", email: "fk-user@example.org" }).onConflictDoNothing();
  return { project: project!.id, partner: partner!.id, assessment: assessment!.id, risk: risk!.id };
}

export type OrgScopedCase = {
  child: string;
  /** The child's column holding the parent's id. */
  column: string;
  parent: keyof Parents;
  constraint: string;
  /** A child row of `organizationId` whose parent under test is `parentId`; its other parents are `own`. */
  insert: (db: Db, organizationId: string, parentId: string, own: Parents) => Promise<void>;
  /** A table created after the composite keys arrived (its migration): it has no rows to keep through them. */
  createdBy?: string;
};

/**
 * An assessment row with named columns only: the migration tests seed an older schema, which has
 * none of the columns added since (drizzle's insert would name them all).
 */
async function insertAssessment(db: Db, organizationId: string, projectId: string, kind: "before" | "during" | "partner", partnerId: string | null = null) {
  const [row] = await rawRows<{ id: string }>(
    db,
    sql`insert into assessment (organization_id, project_id, partner_id, kind, participation_mode, checklist_version)
        values (${organizationId}, ${projectId}, ${partnerId}, ${kind}, 'territorial', 1) returning id`,
  );
  return row!.id;
}

// Every parent–child pair between tenant tables (db/tables/core.ts and review.ts).
export const orgScopedCases: OrgScopedCase[] = [
  {
    child: "project_partner", column: "project_id", parent: "project", constraint: "project_partner_project_fk",
    insert: async (db, organizationId, projectId, own) => {
      await db.insert(projectPartners).values({ organizationId, projectId, partnerId: own.partner });
    },
  },
  {
    child: "project_partner", column: "partner_id", parent: "partner", constraint: "project_partner_partner_fk",
    insert: async (db, organizationId, partnerId, own) => {
      await db.insert(projectPartners).values({ organizationId, projectId: own.project, partnerId });
    },
  },
  {
    child: "assessment", column: "project_id", parent: "project", constraint: "assessment_project_fk",
    insert: async (db, organizationId, projectId) => {
      await insertAssessment(db, organizationId, projectId, "during");
    },
  },
  {
    child: "assessment", column: "partner_id", parent: "partner", constraint: "assessment_partner_fk",
    insert: async (db, organizationId, partnerId, own) => {
      await insertAssessment(db, organizationId, own.project, "partner", partnerId);
    },
  },
  {
    child: "answer", column: "assessment_id", parent: "assessment", constraint: "answer_assessment_fk",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(answers).values({ organizationId, assessmentId, criterionId: "B.1", value: "met" });
    },
  },
  {
    child: "risk", column: "assessment_id", parent: "assessment", constraint: "risk_assessment_fk",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(risks).values({ organizationId, assessmentId, criterionId: "D.1", likelihood: 2, impact: 3 });
    },
  },
  {
    child: "mitigation", column: "risk_id", parent: "risk", constraint: "mitigation_risk_fk",
    insert: async (db, organizationId, riskId) => {
      await db.insert(mitigations).values({ organizationId, riskId, action: "Monthly call" });
    },
  },
  {
    child: "indicator", column: "assessment_id", parent: "assessment", constraint: "indicator_assessment_fk",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(indicators).values({ organizationId, assessmentId, position: 0, name: "Wells dug" });
    },
  },
  {
    child: "project_evaluator", column: "project_id", parent: "project", constraint: "project_evaluator_project_fk",
    insert: async (db, organizationId, projectId) => {
      await db.insert(projectEvaluators).values({ organizationId, projectId, userId: FK_USER_ID });
    },
  },
  {
    child: "review_note", column: "assessment_id", parent: "assessment", constraint: "review_note_assessment_fk",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(reviewNotes).values({
        organizationId, assessmentId, kind: "comment", body: "Looks fine", authorId: FK_USER_ID, authorName: "FK", authorRole: "manager",
      });
    },
  },
  {
    child: "section_presence", column: "assessment_id", parent: "assessment", constraint: "section_presence_assessment_fk",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(sectionPresence).values({ organizationId, assessmentId, sectionId: "B.GOV", userId: FK_USER_ID, userName: "FK" });
    },
  },
  {
    child: "evidence_file", column: "assessment_id", parent: "assessment", constraint: "evidence_file_assessment_fk", createdBy: "0010_evidence_file",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(evidenceFiles).values({
        organizationId, assessmentId, criterionId: "B.1", name: "a.pdf", mediaType: "application/pdf", size: 1, sha256: "x", storageKey: `${organizationId}/k`, addedById: FK_USER_ID, addedByName: "FK",
      });
    },
  },
  {
    child: "own_risk", column: "assessment_id", parent: "assessment", constraint: "own_risk_assessment_fk", createdBy: "0011_own_risks",
    insert: async (db, organizationId, assessmentId) => {
      await db.insert(ownRisks).values({ organizationId, assessmentId, criterionId: "D.OWN.1", sectionId: "D.S", title: "FK", addedById: FK_USER_ID, addedByName: "FK" });
    },
  },
];
