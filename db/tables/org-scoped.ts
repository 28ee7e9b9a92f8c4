import { foreignKey, unique, type PgColumn } from "drizzle-orm/pg-core";

/*
 * Every tenant row carries organization_id. A child references its parent by
 * (organization_id, id), not by id alone, so the database itself refuses a row of one
 * organisation pointing at another organisation's parent, whatever the query layer does.
 */

type OrgScopedRow = { organizationId: PgColumn; id: PgColumn };

/** The (organization_id, id) key a child's composite foreign key points at. */
export const orgScopedParent = (table: string, t: OrgScopedRow) =>
  unique(`${table}_organization_id_id_unique`).on(t.organizationId, t.id);

/** A child's reference to its parent within the same organisation; deleting the parent deletes it. */
export const orgScopedChild = (name: string, t: { organizationId: PgColumn }, column: PgColumn, parent: OrgScopedRow) =>
  foreignKey({
    name,
    columns: [t.organizationId, column],
    foreignColumns: [parent.organizationId, parent.id],
  }).onDelete("cascade");
