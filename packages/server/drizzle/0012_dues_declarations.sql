CREATE TABLE "dues_declarations" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"monthly_income_fen" integer NOT NULL,
	"effective_from_month" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"base_id" integer,
	"decision_reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dues_declarations" ADD CONSTRAINT "dues_declarations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_declarations" ADD CONSTRAINT "dues_declarations_base_id_dues_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."dues_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_declarations" ADD CONSTRAINT "dues_declarations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dues_declarations_person_idx" ON "dues_declarations" USING btree ("person_id","status");