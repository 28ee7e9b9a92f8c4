ALTER TABLE "organization" ADD COLUMN "allow_self_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "self_approved" boolean DEFAULT false NOT NULL;