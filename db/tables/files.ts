import { customType, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organizations } from "./auth";

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
