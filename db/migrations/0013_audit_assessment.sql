ALTER TABLE "audit_log" ADD COLUMN "assessment_id" uuid;--> statement-breakpoint
-- The assessment version an entry is about, from how each kind of entry names it: its own id,
-- "<assessment>/<criterion>" for an answer or a risk, a review note's assessmentId. The one home of
-- this rule: the trigger below fills it in on every insert (an instance still on older code during
-- an upgrade included), and the update below for the entries already there.
CREATE FUNCTION audit_assessment_of(entity_type text, entity_id text, after jsonb) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN v::uuid END
  FROM (SELECT CASE
    WHEN entity_type IN ('assessment', 'indicators') THEN entity_id
    WHEN entity_type IN ('answer', 'risk') THEN split_part(entity_id, '/', 1)
    WHEN entity_type = 'review' THEN after ->> 'assessmentId'
  END AS v) s
$$;--> statement-breakpoint
CREATE FUNCTION audit_log_fill_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.assessment_id := coalesce(NEW.assessment_id, audit_assessment_of(NEW.entity_type, NEW.entity_id, NEW.after));
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_assessment BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_fill_assessment();--> statement-breakpoint
-- The log is append-only; this once, inside the migration's transaction, the new column is filled
-- in for the entries already there, and nothing they recorded changes.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
UPDATE "audit_log" SET "assessment_id" = audit_assessment_of("entity_type", "entity_id", "after")
WHERE "entity_type" IN ('assessment', 'indicators', 'answer', 'risk', 'review');--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
CREATE INDEX "audit_log_org_assessment_idx" ON "audit_log" USING btree ("organization_id","assessment_id","action","created_at");
