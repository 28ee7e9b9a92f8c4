CREATE TABLE "section_presence" (
	"organization_id" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"section_id" text NOT NULL,
	"user_id" text NOT NULL,
	"user_name" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "section_presence_assessment_id_section_id_user_id_pk" PRIMARY KEY("assessment_id","section_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "answer" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "answer" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "indicators_revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "indicators_updated_by" text;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "indicators_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "risk" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "risk" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "section_presence" ADD CONSTRAINT "section_presence_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_presence" ADD CONSTRAINT "section_presence_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE cascade ON UPDATE no action;