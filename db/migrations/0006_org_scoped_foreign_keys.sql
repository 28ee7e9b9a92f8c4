-- Children reference their parent by (organization_id, id), so a row can never point at another
-- organisation's parent. Reordered by hand from drizzle-kit's output: the parents' unique keys
-- must exist before a foreign key can point at them, and the new keys are added before the old
-- ones are dropped, so no moment is left unchecked. Existing rows already share their parent's
-- organisation (the queries scope every write), so the keys apply to a populated database.
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_organization_id_id_unique" UNIQUE("organization_id","id");
--> statement-breakpoint
ALTER TABLE "partner" ADD CONSTRAINT "partner_organization_id_id_unique" UNIQUE("organization_id","id");
--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_organization_id_id_unique" UNIQUE("organization_id","id");
--> statement-breakpoint
ALTER TABLE "risk" ADD CONSTRAINT "risk_organization_id_id_unique" UNIQUE("organization_id","id");
--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessment"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_project_fk" FOREIGN KEY ("organization_id","project_id") REFERENCES "public"."project"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_partner_fk" FOREIGN KEY ("organization_id","partner_id") REFERENCES "public"."partner"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessment"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mitigation" ADD CONSTRAINT "mitigation_risk_fk" FOREIGN KEY ("organization_id","risk_id") REFERENCES "public"."risk"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_project_fk" FOREIGN KEY ("organization_id","project_id") REFERENCES "public"."project"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_partner_fk" FOREIGN KEY ("organization_id","partner_id") REFERENCES "public"."partner"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "risk" ADD CONSTRAINT "risk_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessment"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "project_evaluator" ADD CONSTRAINT "project_evaluator_project_fk" FOREIGN KEY ("organization_id","project_id") REFERENCES "public"."project"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "review_note" ADD CONSTRAINT "review_note_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessment"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "section_presence" ADD CONSTRAINT "section_presence_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessment"("organization_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "answer" DROP CONSTRAINT "answer_assessment_id_assessment_id_fk";
--> statement-breakpoint
ALTER TABLE "assessment" DROP CONSTRAINT "assessment_project_id_project_id_fk";
--> statement-breakpoint
ALTER TABLE "assessment" DROP CONSTRAINT "assessment_partner_id_partner_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator" DROP CONSTRAINT "indicator_assessment_id_assessment_id_fk";
--> statement-breakpoint
ALTER TABLE "mitigation" DROP CONSTRAINT "mitigation_risk_id_risk_id_fk";
--> statement-breakpoint
ALTER TABLE "project_partner" DROP CONSTRAINT "project_partner_project_id_project_id_fk";
--> statement-breakpoint
ALTER TABLE "project_partner" DROP CONSTRAINT "project_partner_partner_id_partner_id_fk";
--> statement-breakpoint
ALTER TABLE "risk" DROP CONSTRAINT "risk_assessment_id_assessment_id_fk";
--> statement-breakpoint
ALTER TABLE "project_evaluator" DROP CONSTRAINT "project_evaluator_project_id_project_id_fk";
--> statement-breakpoint
ALTER TABLE "review_note" DROP CONSTRAINT "review_note_assessment_id_assessment_id_fk";
--> statement-breakpoint
ALTER TABLE "section_presence" DROP CONSTRAINT "section_presence_assessment_id_assessment_id_fk";
