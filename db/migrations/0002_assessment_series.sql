ALTER TABLE "assessment" ADD COLUMN "series_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "is_current" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- Existing rows: the versions of one assessment (a project's stage, or a partner's due diligence)
-- take the id of their first version as their series, and only the newest version stays current.
WITH lines AS (
  SELECT "id",
    first_value("id") OVER w AS "series",
    row_number() OVER (PARTITION BY "organization_id", "kind", CASE WHEN "kind" = 'partner' THEN "partner_id" ELSE "project_id" END ORDER BY "version" DESC) AS "newest"
  FROM "assessment"
  WINDOW w AS (PARTITION BY "organization_id", "kind", CASE WHEN "kind" = 'partner' THEN "partner_id" ELSE "project_id" END ORDER BY "version")
)
UPDATE "assessment" SET "series_id" = lines."series", "is_current" = (lines."newest" = 1)
FROM lines WHERE "assessment"."id" = lines."id";--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_series_version" ON "assessment" USING btree ("series_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_series_current" ON "assessment" USING btree ("series_id") WHERE "assessment"."is_current";
