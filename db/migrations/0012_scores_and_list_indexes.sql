DROP INDEX "project_org_idx";--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "score_model" integer;--> statement-breakpoint
CREATE INDEX "assessment_org_current_status_idx" ON "assessment" USING btree ("organization_id","status") WHERE "assessment"."is_current";--> statement-breakpoint
CREATE INDEX "project_partner_partner_idx" ON "project_partner" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "project_org_updated_idx" ON "project" USING btree ("organization_id","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "project_org_name_idx" ON "project" USING btree ("organization_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "project_org_start_idx" ON "project" USING btree ("organization_id","start_date" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "project_org_mode_idx" ON "project" USING btree ("organization_id","participation_mode");--> statement-breakpoint
CREATE INDEX "project_org_country_idx" ON "project" USING btree ("organization_id","host_country");