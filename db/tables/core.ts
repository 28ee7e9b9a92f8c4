import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ScoreSnapshot } from "../../lib/domain/facts";
import { organizations } from "./auth";
import { orgScopedChild, orgScopedParent } from "./org-scoped";


const orgId = () =>
  text("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

// A row edited by people working at the same time: every write bumps the revision and names its
// author, and a save based on an older revision is refused, never written over (conflict check).
const revisioned = {
  revision: integer("revision").notNull().default(1),
  updatedBy: text("updated_by"),
};

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const participationMode = pgEnum("participation_mode", [
  "territorial",
  "subsidised",
  "enterprise",
  "borrowing",
]);

export const projects = pgTable(
  "project",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    name: text("name").notNull(),
    summary: text("summary").notNull().default(""),
    hostCountry: text("host_country").notNull(),
    sector: text("sector").notNull(),
    participationMode: participationMode("participation_mode").notNull(),
    budget: numeric("budget", { precision: 14, scale: 2 }).notNull(),
    currency: text("currency").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    ...revisioned,
    ...timestamps,
  },
  (t) => [
    // The projects list's sorts and filters, each within the organisation (pages of 25 without a scan).
    index("project_org_updated_idx").on(t.organizationId, t.updatedAt.desc().nullsFirst(), t.id),
    index("project_org_name_idx").on(t.organizationId, sql`lower(${t.name})`, t.id),
    index("project_org_start_idx").on(t.organizationId, t.startDate.desc().nullsFirst()),
    index("project_org_mode_idx").on(t.organizationId, t.participationMode),
    index("project_org_country_idx").on(t.organizationId, t.hostCountry),
    orgScopedParent("project", t),
  ],
);

// A partner belongs to the organisation, not to one project, so its due diligence can be reused.
export const partners = pgTable(
  "partner",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    ...timestamps,
  },
  (t) => [index("partner_org_idx").on(t.organizationId), orgScopedParent("partner", t)],
);

export const projectPartners = pgTable(
  "project_partner",
  {
    organizationId: orgId(),
    projectId: uuid("project_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.partnerId] }),
    // A partner's projects: its due diligence is listed under each of them.
    index("project_partner_partner_idx").on(t.partnerId),
    orgScopedChild("project_partner_project_fk", t, t.projectId, projects),
    orgScopedChild("project_partner_partner_fk", t, t.partnerId, partners),
  ],
);

export const checklistKind = pgEnum("checklist_kind", ["before", "partner", "during", "after"]);
/** draft → submitted → approved, or returned (frozen; its next version is a new draft). */
export const assessmentStatus = pgEnum("assessment_status", ["draft", "submitted", "approved", "returned"]);

export const assessments = pgTable(
  "assessment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    projectId: uuid("project_id").notNull(),
    // Nullable: MATCH SIMPLE skips the org check for a null partner (non-partner stages).
    partnerId: uuid("partner_id"),
    kind: checklistKind("kind").notNull(),
    // The participation mode decides which items are asked; fixed at the start, like the version,
    // so editing the project's mode later never changes an assessment's questions or report.
    participationMode: participationMode("participation_mode").notNull(),
    // The checklist version is fixed when the assessment starts, so later checklist edits never change it.
    checklistVersion: integer("checklist_version").notNull(),
    status: assessmentStatus("status").notNull().default("draft"),
    // Every version of one assessment (a stage of a project, or a partner's due diligence) shares
    // this key, so "the versions that belong together" is one condition, never a computation.
    seriesId: uuid("series_id").notNull().defaultRandom(),
    // Each version is frozen once submitted; a new version takes the next number in its series.
    version: integer("version").notNull().default(1),
    // The series' newest version: what pages, reports and the portfolio show. Exactly one per series.
    isCurrent: boolean("is_current").notNull().default(true),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: text("submitted_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: text("reviewed_by"),
    // Approved by its own submitter or last editor, as the organisation's setting allowed.
    selfApproved: boolean("self_approved").notNull().default(false),
    /** The scores as they were at submission, kept with the version. */
    scoreSnapshot: jsonb("score_snapshot").$type<ScoreSnapshot>(),
    // Which scoring rules computed the snapshot (SCORE_MODEL): lists read a settled version's rating
    // from it only when it matches, and the start-up refresh scores again any that do not.
    scoreModel: integer("score_model"),
    // The indicators are edited as one list: its revision, author and time for the conflict check.
    indicatorsRevision: integer("indicators_revision").notNull().default(0),
    indicatorsUpdatedBy: text("indicators_updated_by"),
    indicatorsUpdatedAt: timestamp("indicators_updated_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("assessment_org_idx").on(t.organizationId),
    index("assessment_project_idx").on(t.projectId),
    // The portfolio and the lists read an organisation's current versions by status.
    index("assessment_org_current_status_idx").on(t.organizationId, t.status).where(sql`${t.isCurrent}`),
    orgScopedParent("assessment", t),
    orgScopedChild("assessment_project_fk", t, t.projectId, projects),
    orgScopedChild("assessment_partner_fk", t, t.partnerId, partners),
    uniqueIndex("assessment_series_version").on(t.seriesId, t.version),
    uniqueIndex("assessment_series_current").on(t.seriesId).where(sql`${t.isCurrent}`),
    uniqueIndex("assessment_partner_version").on(t.partnerId, t.version).where(sql`${t.kind} = 'partner'`),
    uniqueIndex("assessment_stage_version")
      .on(t.projectId, t.kind, t.version)
      .where(sql`${t.kind} <> 'partner'`),
    check("assessment_partner_matches_kind", sql`(${t.kind} = 'partner') = (${t.partnerId} is not null)`),
  ],
);

export const answerValue = pgEnum("answer_value", [
  "met",
  "partly_met",
  "not_met",
  "unknown",
  "not_applicable",
]);

export const answers = pgTable(
  "answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    assessmentId: uuid("assessment_id").notNull(),
    criterionId: text("criterion_id").notNull(),
    value: answerValue("value"),
    notes: text("notes").notNull().default(""),
    evidence: text("evidence").notNull().default(""),
    ...revisioned,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("answer_once").on(t.assessmentId, t.criterionId),
    orgScopedChild("answer_assessment_fk", t, t.assessmentId, assessments),
  ],
);

// "not_applicable": the risk does not arise in this project; the notes say why, and it is not rated.
export const riskStatus = pgEnum("risk_status", ["open", "mitigating", "closed", "not_applicable"]);

export const risks = pgTable(
  "risk",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    assessmentId: uuid("assessment_id").notNull(),
    criterionId: text("criterion_id").notNull(),
    likelihood: integer("likelihood"),
    impact: integer("impact"),
    status: riskStatus("status").notNull().default("open"),
    notes: text("notes").notNull().default(""),
    ...revisioned,
    ...timestamps,
  },
  (t) => [
    uniqueIndex("risk_once").on(t.assessmentId, t.criterionId),
    orgScopedParent("risk", t),
    orgScopedChild("risk_assessment_fk", t, t.assessmentId, assessments),
    check("risk_likelihood_range", sql`${t.likelihood} between 1 and 5`),
    check("risk_impact_range", sql`${t.impact} between 1 and 5`),
  ],
);

/**
 * A risk of the organisation's own, added to one version of a DURING register next to the
 * framework's. It is rated in the risk table under its own criterion id (D.OWN.n, never reused in
 * its series), so saving, conflicts, scoring and reports treat it as any other risk.
 */
export const ownRisks = pgTable(
  "own_risk",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    assessmentId: uuid("assessment_id").notNull(),
    criterionId: text("criterion_id").notNull(),
    /** The register section it belongs to: its category. */
    sectionId: text("section_id").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    addedById: text("added_by_id").notNull(),
    addedByName: text("added_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("own_risk_once").on(t.assessmentId, t.criterionId),
    orgScopedChild("own_risk_assessment_fk", t, t.assessmentId, assessments),
  ],
);

export const mitigations = pgTable(
  "mitigation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    riskId: uuid("risk_id").notNull(),
    action: text("action").notNull(),
    owner: text("owner").notNull().default(""),
    dueDate: date("due_date"),
    ...timestamps,
  },
  (t) => [
    index("mitigation_risk_idx").on(t.riskId),
    orgScopedChild("mitigation_risk_fk", t, t.riskId, risks),
  ],
);

export const indicators = pgTable(
  "indicator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    assessmentId: uuid("assessment_id").notNull(),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    target: numeric("target", { precision: 14, scale: 2 }),
    actual: numeric("actual", { precision: 14, scale: 2 }),
    ...timestamps,
  },
  (t) => [
    index("indicator_assessment_idx").on(t.assessmentId),
    orgScopedChild("indicator_assessment_fk", t, t.assessmentId, assessments),
  ],
);
