CREATE TABLE "custom_meeting_kinds" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"attendee_scope" text DEFAULT 'all_members' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_meeting_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"per" text NOT NULL,
	"min_count" integer DEFAULT 1 NOT NULL,
	"fixed_day" integer,
	"label" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_amendments" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"reason" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"amended_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"expected" boolean DEFAULT true NOT NULL,
	"guest" boolean DEFAULT false NOT NULL,
	"mark" text,
	"reason" text,
	"marked_via" text,
	"marked_at" timestamp with time zone,
	"marked_by" integer
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"group_id" integer,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"planned_on" date NOT NULL,
	"starts_at" text,
	"place" text,
	"agenda" text,
	"state" text DEFAULT 'planned' NOT NULL,
	"held_on" date,
	"minutes" jsonb,
	"closed_at" timestamp with time zone,
	"closed_by" integer,
	"minutes_hash" text,
	"sign_in_token" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_review_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"review_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"stage" text NOT NULL,
	"grade" text,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "member_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"meeting_id" integer,
	"excellent_cap" text DEFAULT '1/3' NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"entitled" integer NOT NULL,
	"present" integer NOT NULL,
	"seats" integer NOT NULL,
	"term_years" integer NOT NULL,
	"candidates" jsonb NOT NULL,
	"tally" jsonb NOT NULL,
	"joint_review_id" integer,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_review_candidates" (
	"id" serial PRIMARY KEY NOT NULL,
	"review_id" integer NOT NULL,
	"person_id" integer,
	"name" text NOT NULL,
	"id_number_enc" text,
	"post" text
);
--> statement-breakpoint
CREATE TABLE "joint_review_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_review_departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_reviewers" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"department_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"department_ids" integer[] NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "custom_meeting_kinds" ADD CONSTRAINT "custom_meeting_kinds_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_meeting_kinds" ADD CONSTRAINT "custom_meeting_kinds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_meeting_rules" ADD CONSTRAINT "local_meeting_rules_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_meeting_rules" ADD CONSTRAINT "local_meeting_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_amendments" ADD CONSTRAINT "meeting_amendments_amended_by_users_id_fk" FOREIGN KEY ("amended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_group_id_orgs_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_review_entries" ADD CONSTRAINT "member_review_entries_review_id_member_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."member_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_review_entries" ADD CONSTRAINT "member_review_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_reviews" ADD CONSTRAINT "member_reviews_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_reviews" ADD CONSTRAINT "member_reviews_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_reviews" ADD CONSTRAINT "member_reviews_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_review_candidates" ADD CONSTRAINT "joint_review_candidates_review_id_joint_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."joint_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_review_candidates" ADD CONSTRAINT "joint_review_candidates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_review_decisions" ADD CONSTRAINT "joint_review_decisions_candidate_id_joint_review_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."joint_review_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_review_decisions" ADD CONSTRAINT "joint_review_decisions_department_id_joint_review_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."joint_review_departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_review_decisions" ADD CONSTRAINT "joint_review_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_review_departments" ADD CONSTRAINT "joint_review_departments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_reviewers" ADD CONSTRAINT "joint_reviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_reviewers" ADD CONSTRAINT "joint_reviewers_department_id_joint_review_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."joint_review_departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_reviews" ADD CONSTRAINT "joint_reviews_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_reviews" ADD CONSTRAINT "joint_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_meeting_kinds_uq" ON "custom_meeting_kinds" USING btree ("org_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "local_meeting_rules_uq" ON "local_meeting_rules" USING btree ("org_id","kind") WHERE "local_meeting_rules"."ended_at" IS NULL;--> statement-breakpoint
CREATE INDEX "meeting_amendments_meeting_idx" ON "meeting_amendments" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendees_uq" ON "meeting_attendees" USING btree ("meeting_id","person_id");--> statement-breakpoint
CREATE INDEX "meeting_attendees_person_idx" ON "meeting_attendees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meetings_org_idx" ON "meetings" USING btree ("org_id","planned_on");--> statement-breakpoint
CREATE INDEX "meetings_tenant_kind_idx" ON "meetings" USING btree ("tenant_org_id","kind","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_sign_in_token_uq" ON "meetings" USING btree ("sign_in_token");--> statement-breakpoint
CREATE UNIQUE INDEX "member_review_entries_uq" ON "member_review_entries" USING btree ("review_id","person_id");--> statement-breakpoint
CREATE INDEX "member_review_entries_person_idx" ON "member_review_entries" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_reviews_org_year_uq" ON "member_reviews" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "elections_org_idx" ON "elections" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "joint_review_candidates_review_idx" ON "joint_review_candidates" USING btree ("review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_review_decisions_uq" ON "joint_review_decisions" USING btree ("candidate_id","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_review_departments_uq" ON "joint_review_departments" USING btree ("org_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_reviewers_uq" ON "joint_reviewers" USING btree ("user_id","department_id");--> statement-breakpoint
CREATE INDEX "joint_reviews_org_idx" ON "joint_reviews" USING btree ("org_id");