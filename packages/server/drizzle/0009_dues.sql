CREATE TABLE "branch_dues_settings" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"farmer_amount_fen" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dues_bases" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"person_kind" text NOT NULL,
	"monthly_income_fen" integer,
	"fixed_amount_fen" integer,
	"effective_from_month" text NOT NULL,
	"note" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dues_due" (
	"person_id" integer NOT NULL,
	"month" text NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"hardship" boolean DEFAULT false NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dues_due_person_id_month_pk" PRIMARY KEY("person_id","month")
);
--> statement-breakpoint
CREATE TABLE "dues_hardships" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"reduced_amount_fen" integer NOT NULL,
	"reason" text NOT NULL,
	"decided_on" date NOT NULL,
	"approved_by_org_name" text NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dues_payments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"person_id" integer NOT NULL,
	"month" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"kind" text NOT NULL,
	"reverses_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"method" text,
	"paid_on" date NOT NULL,
	"receipt_number" text,
	"reason" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dues_remittances" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"from_org_id" integer NOT NULL,
	"to_org_id" integer NOT NULL,
	"period" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"central_voluntary_fen" integer DEFAULT 0 NOT NULL,
	"remitted_on" date NOT NULL,
	"reference" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "branch_dues_settings" ADD CONSTRAINT "branch_dues_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branch_dues_settings" ADD CONSTRAINT "branch_dues_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_bases" ADD CONSTRAINT "dues_bases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_bases" ADD CONSTRAINT "dues_bases_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_due" ADD CONSTRAINT "dues_due_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_due" ADD CONSTRAINT "dues_due_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_hardships" ADD CONSTRAINT "dues_hardships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_hardships" ADD CONSTRAINT "dues_hardships_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_payments" ADD CONSTRAINT "dues_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_remittances" ADD CONSTRAINT "dues_remittances_from_org_id_orgs_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_remittances" ADD CONSTRAINT "dues_remittances_to_org_id_orgs_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dues_remittances" ADD CONSTRAINT "dues_remittances_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dues_bases_person_idx" ON "dues_bases" USING btree ("person_id","effective_from_month");--> statement-breakpoint
CREATE INDEX "dues_due_path_month_idx" ON "dues_due" USING btree ("org_path" text_pattern_ops,"month");--> statement-breakpoint
CREATE INDEX "dues_due_tenant_month_idx" ON "dues_due" USING btree ("tenant_org_id","month");--> statement-breakpoint
CREATE INDEX "dues_hardships_person_idx" ON "dues_hardships" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dues_payments_month_uq" ON "dues_payments" USING btree ("person_id","month") WHERE "dues_payments"."kind" = 'regular' AND "dues_payments"."active";--> statement-breakpoint
CREATE INDEX "dues_payments_path_month_idx" ON "dues_payments" USING btree ("org_path" text_pattern_ops,"month");--> statement-breakpoint
CREATE INDEX "dues_payments_person_idx" ON "dues_payments" USING btree ("person_id","month");--> statement-breakpoint
CREATE INDEX "dues_remittances_from_idx" ON "dues_remittances" USING btree ("from_org_id","period");