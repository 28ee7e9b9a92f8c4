ALTER TABLE "audit_log" ADD COLUMN "assessment_id" uuid;--> statement-breakpoint
-- The entries written before the column: the version each is about, as the audit page worked it
-- out (its own id, "<assessment>/<criterion>" for an answer or a risk, a review note's assessmentId).
-- The log is append-only; this once, inside the migration's transaction, the new column is filled
-- in for the entries already there, and nothing they recorded changes.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
UPDATE "audit_log" SET "assessment_id" = v."id"::uuid
FROM (
  SELECT "id" AS "entry", CASE
    WHEN "entity_type" IN ('assessment', 'indicators') THEN "entity_id"
    WHEN "entity_type" IN ('answer', 'risk') THEN split_part("entity_id", '/', 1)
    WHEN "entity_type" = 'review' THEN "after" ->> 'assessmentId'
  END AS "id"
  FROM "audit_log"
  WHERE "entity_type" IN ('assessment', 'indicators', 'answer', 'risk', 'review')
) v
WHERE "audit_log"."id" = v."entry" AND v."id" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
CREATE INDEX "audit_log_org_assessment_idx" ON "audit_log" USING btree ("organization_id","assessment_id","action","created_at");
