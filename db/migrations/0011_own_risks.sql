ALTER TYPE "public"."risk_status" ADD VALUE 'not_applicable';--> statement-breakpoint
CREATE TABLE "own_risk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"section_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"added_by_id" text NOT NULL,
	"added_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "own_risk" ADD CONSTRAINT "own_risk_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "own_risk" ADD CONSTRAINT "own_risk_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessment"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "own_risk_once" ON "own_risk" USING btree ("assessment_id","criterion_id");