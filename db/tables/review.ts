import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, user } from "./auth";
import { reviewNoteKinds } from "../../lib/domain/review-note";
import { ratings } from "../../lib/scoring/config";
import { assessments, projects } from "./core";
import { orgScopedChild } from "./org-scoped";

const orgId = () =>
  text("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

/** Outside evaluators see only the projects listed here for them. */
export const projectEvaluators = pgTable(
  "project_evaluator",
  {
    organizationId: orgId(),
    projectId: uuid("project_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    orgScopedChild("project_evaluator_project_fk", t, t.projectId, projects),
  ],
);

/**
 * What reviewers write: a manager's return comments (whole assessment or one criterion),
 * and an evaluator's third-party assessment (with a rating) and comments.
 */
export const reviewNotes = pgTable(
  "review_note",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: orgId(),
    assessmentId: uuid("assessment_id").notNull(),
    criterionId: text("criterion_id"),
    kind: text("kind", { enum: reviewNoteKinds }).notNull(),
    rating: text("rating", { enum: ratings }),
    body: text("body").notNull(),
    authorId: text("author_id").notNull(),
    authorName: text("author_name").notNull(),
    authorRole: text("author_role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("review_note_assessment_idx").on(t.assessmentId),
    orgScopedChild("review_note_assessment_fk", t, t.assessmentId, assessments),
  ],
);

/** Append-only: the migration adds a trigger that refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: text("organization_id").notNull(),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    /** The assessment version the entry is about, when it is about one: filled in by the database on insert (trigger audit_log_assessment, migration 0013). How the start page and four eyes find a version's history. */
    assessmentId: uuid("assessment_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_org_idx").on(t.organizationId, t.createdAt),
    // The audit page's "who" and "what" filters, newest first, without reading the whole log.
    index("audit_log_org_actor_idx").on(t.organizationId, t.actorId, t.createdAt),
    index("audit_log_org_action_idx").on(t.organizationId, t.action, t.createdAt),
    // A version's own history (who edited or submitted it, the latest edit), whatever the log's size.
    index("audit_log_org_assessment_idx").on(t.organizationId, t.assessmentId, t.action, t.createdAt),
  ],
);

/**
 * Who has a section open: a heartbeat per person and section, so a colleague sees "… is also
 * editing this section". Short-lived and not audited: it records presence, not a change.
 */
export const sectionPresence = pgTable(
  "section_presence",
  {
    organizationId: orgId(),
    assessmentId: uuid("assessment_id").notNull(),
    sectionId: text("section_id").notNull(),
    userId: text("user_id").notNull(),
    userName: text("user_name").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.sectionId, t.userId] }),
    orgScopedChild("section_presence_assessment_fk", t, t.assessmentId, assessments),
  ],
);
