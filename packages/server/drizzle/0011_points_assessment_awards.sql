CREATE TABLE "point_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"month" text NOT NULL,
	"occurred_on" date NOT NULL,
	"source" text NOT NULL,
	"qualifier" text,
	"rule_key" text NOT NULL,
	"rule_org_id" integer,
	"units" integer NOT NULL,
	"raw_points" integer NOT NULL,
	"points" integer NOT NULL,
	"capped" boolean NOT NULL,
	"ref_type" text NOT NULL,
	"ref_id" bigint NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"points" integer NOT NULL,
	"description" text NOT NULL,
	"evidence" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"granted_points" integer,
	"decision_reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_closed_months" (
	"org_id" integer NOT NULL,
	"month" text NOT NULL,
	"closed_by" integer,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_closed_months_org_id_month_pk" PRIMARY KEY("org_id","month")
);
--> statement-breakpoint
CREATE TABLE "points_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"source" text NOT NULL,
	"qualifier" text,
	"points" integer NOT NULL,
	"monthly_cap" integer,
	"yearly_cap" integer,
	"child_min" integer,
	"child_max" integer,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "star_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"stars" integer NOT NULL,
	"points" integer NOT NULL,
	"review_grade" text,
	"explanation" text NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "star_settings" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"min_points" jsonb NOT NULL,
	"grade_caps" jsonb NOT NULL,
	"public_ranking" boolean DEFAULT false NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"max_score" integer NOT NULL,
	"metric" text NOT NULL,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_published" (
	"org_id" integer NOT NULL,
	"month" text NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_published_org_id_month_pk" PRIMARY KEY("org_id","month")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"branch_id" integer NOT NULL,
	"month" text NOT NULL,
	"item_key" text NOT NULL,
	"score_tenths" integer NOT NULL,
	"max_score" integer NOT NULL,
	"scored_how" text NOT NULL,
	"basis" text,
	"evidence" text,
	"scored_by" integer,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"conferred_by" text NOT NULL,
	"conferred_on" date NOT NULL,
	"year" integer NOT NULL,
	"org_id" integer,
	"person_id" integer,
	"doc_ref" text,
	"note" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" integer,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "cadre_allowances" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"note" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_service_records" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"prior_years" integer NOT NULL,
	"note" text,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "five_good_evaluations" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"standards" jsonb NOT NULL,
	"result" text NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by_org_name" text NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seniority_rules" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_claims" ADD CONSTRAINT "points_claims_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_claims" ADD CONSTRAINT "points_claims_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_claims" ADD CONSTRAINT "points_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_claims" ADD CONSTRAINT "points_claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_closed_months" ADD CONSTRAINT "points_closed_months_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_closed_months" ADD CONSTRAINT "points_closed_months_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_rules" ADD CONSTRAINT "points_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_rules" ADD CONSTRAINT "points_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "star_ratings" ADD CONSTRAINT "star_ratings_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "star_ratings" ADD CONSTRAINT "star_ratings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "star_ratings" ADD CONSTRAINT "star_ratings_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "star_settings" ADD CONSTRAINT "star_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "star_settings" ADD CONSTRAINT "star_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_published" ADD CONSTRAINT "assessment_published_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_published" ADD CONSTRAINT "assessment_published_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_branch_id_orgs_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_scored_by_users_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_allowances" ADD CONSTRAINT "cadre_allowances_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_allowances" ADD CONSTRAINT "cadre_allowances_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_allowances" ADD CONSTRAINT "cadre_allowances_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_service_records" ADD CONSTRAINT "cadre_service_records_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_service_records" ADD CONSTRAINT "cadre_service_records_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_good_evaluations" ADD CONSTRAINT "five_good_evaluations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "five_good_evaluations" ADD CONSTRAINT "five_good_evaluations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seniority_rules" ADD CONSTRAINT "seniority_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seniority_rules" ADD CONSTRAINT "seniority_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "point_entries_ref_uq" ON "point_entries" USING btree ("person_id","source","ref_type","ref_id");--> statement-breakpoint
CREATE INDEX "point_entries_person_year_idx" ON "point_entries" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "point_entries_org_month_idx" ON "point_entries" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "points_claims_org_status_idx" ON "points_claims" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "points_claims_person_idx" ON "points_claims" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "points_rules_org_key_uq" ON "points_rules" USING btree ("org_id","source",coalesce("qualifier", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "star_ratings_person_year_uq" ON "star_ratings" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "star_ratings_org_year_idx" ON "star_ratings" USING btree ("org_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_items_org_key_uq" ON "assessment_items" USING btree ("org_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_scores_uq" ON "assessment_scores" USING btree ("branch_id","month","item_key");--> statement-breakpoint
CREATE INDEX "assessment_scores_month_idx" ON "assessment_scores" USING btree ("month");--> statement-breakpoint
CREATE INDEX "awards_org_idx" ON "awards" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "awards_person_idx" ON "awards" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cadre_allowances_uq" ON "cadre_allowances" USING btree ("person_id","year","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "five_good_org_year_uq" ON "five_good_evaluations" USING btree ("org_id","year");