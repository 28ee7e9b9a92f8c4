import { customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./auth";
import { assessments } from "./core";
import { orgScopedChild } from "./org-scoped";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * File contents kept in PostgreSQL, the default store (the embedded quick start needs nothing
 * else). Addressed by the storage key the evidence rows point at; with S3 configured the bytes
 * live in the bucket instead and this table stays empty.
 */
export const fileBlobs = pgTable("file_blob", {
  key: text("key").primaryKey(),
  organizationId: text("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  size: integer("size").notNull(),
  bytes: bytea("bytes").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A file attached as evidence to one item (or risk) of one assessment version. Submitting freezes
 * it with the version; a new version gets its own rows pointing at the same bytes (storage_key),
 * so nothing is copied and removing a file from the draft leaves the submitted version whole.
 */
export const evidenceFiles = pgTable(
  "evidence_file",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id").notNull(),
    criterionId: text("criterion_id").notNull(),
    name: text("name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    addedById: text("added_by_id").notNull(),
    addedByName: text("added_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evidence_file_assessment_idx").on(t.assessmentId, t.criterionId),
    index("evidence_file_storage_key_idx").on(t.organizationId, t.storageKey),
    orgScopedChild("evidence_file_assessment_fk", t, t.assessmentId, assessments),
  ],
);
