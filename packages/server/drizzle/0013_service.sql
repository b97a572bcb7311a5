CREATE TABLE "points_deductions" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"basis" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" integer,
	"revoke_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_deadline_settings" (
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"response_minutes" integer NOT NULL,
	"resolve_minutes" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_deadline_settings_org_id_kind_pk" PRIMARY KEY("org_id","kind")
);
--> statement-breakpoint
CREATE TABLE "service_request_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"note" text,
	"actor_user_id" integer,
	"actor_name" text,
	"to_org_id" integer,
	"person_id" integer
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"tracking_code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"text" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_enc" text NOT NULL,
	"contact_phone_hash" text NOT NULL,
	"address" text,
	"state" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"respond_by" timestamp with time zone NOT NULL,
	"resolve_by" timestamp with time zone NOT NULL,
	"assignee_kind" text,
	"assignee_person_id" integer,
	"assigned_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by_person_id" integer,
	"resolution" text,
	"close_reason" text,
	"satisfaction" text,
	"satisfaction_comment" text,
	"rated_at" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"escalated_to_org_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_occurrences" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"series_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"occurrence_id" integer NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_series" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"place" text NOT NULL,
	"recurrence" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"hours_credited" numeric(4, 1) NOT NULL,
	"capacity" integer,
	"state" text DEFAULT 'active' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_signups" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"occurrence_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"signed_up" boolean NOT NULL,
	"signed_up_at" timestamp with time zone,
	"mark" text,
	"hours" numeric(4, 1) DEFAULT 0 NOT NULL,
	"marked_by" integer,
	"marked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "service_hours" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"claim_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"worked_on" date NOT NULL,
	"hours" numeric(4, 1) NOT NULL,
	"note" text,
	"state" text NOT NULL,
	"logged_by_member" boolean NOT NULL,
	"decision_reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_post_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"post_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"note" text,
	"decision_reason" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"place" text,
	"capacity" integer NOT NULL,
	"period_from" date,
	"period_to" date,
	"state" text DEFAULT 'open' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_force_members" (
	"task_force_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "task_force_members_task_force_id_person_id_pk" PRIMARY KEY("task_force_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "task_force_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_force_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"assignee_person_id" integer,
	"progress" integer DEFAULT 0 NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"progress_note" text,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_forces" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"goal" text NOT NULL,
	"leader_person_id" integer NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"contributor_name" text,
	"contributor_person_id" integer,
	"household_id" integer,
	"purpose" text,
	"approved_by" text,
	"note" text,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing_households" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"head_name" text NOT NULL,
	"id_number_enc" text,
	"id_number_hash" text,
	"phone_enc" text,
	"phone_hash" text,
	"address" text NOT NULL,
	"people_count" integer NOT NULL,
	"situations" jsonb NOT NULL,
	"note" text,
	"consented_on" date,
	"consent_way" text,
	"consent_recorded_by_name" text,
	"consent_note" text,
	"consent_recorded_by" integer,
	"closed_on" date,
	"close_reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"pairing_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"visitor_person_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"notes" text NOT NULL,
	"help_kinds" jsonb NOT NULL,
	"money_fen" integer DEFAULT 0 NOT NULL,
	"goods_fen" integer DEFAULT 0 NOT NULL,
	"goods_description" text,
	"by_self" boolean DEFAULT false NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" integer,
	"void_reason" text
);
--> statement-breakpoint
CREATE TABLE "pairings" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"helper_person_id" integer NOT NULL,
	"helper_role" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"end_note" text,
	"ended_by" integer,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_cadre_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"person_id" integer,
	"cadre_name" text NOT NULL,
	"cadre_key" text NOT NULL,
	"work_unit" text NOT NULL,
	"post" text,
	"phone_enc" text,
	"phone_hash" text,
	"mode" text NOT NULL,
	"first_secretary" boolean DEFAULT false NOT NULL,
	"dispatched_by_org_id" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date,
	"state" text DEFAULT 'active' NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_cadre_presence" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"assignment_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"date" date NOT NULL,
	"span" text NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_cadre_settings" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"min_presence_days" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_cadre_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"assignment_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"state" text DEFAULT 'open' NOT NULL,
	"result" text,
	"note" text,
	"closed_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"tenant_org_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"mark" text NOT NULL,
	"reason" text,
	"marked_by" integer,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"audience" text NOT NULL,
	"planned_hours" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"enrolled_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"course_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"hours" double precision NOT NULL,
	"topic" text NOT NULL,
	"teacher" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"venue_id" integer,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"year" integer NOT NULL,
	"practices" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venue_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"venue_id" integer,
	"model_site_id" integer,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"caption" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venue_uses" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"venue_id" integer NOT NULL,
	"date" date NOT NULL,
	"purpose" text NOT NULL,
	"using_org_id" integer NOT NULL,
	"participants" integer NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"area_sqm" numeric(9, 1) NOT NULL,
	"opening_hours" text NOT NULL,
	"contact_name" text,
	"contact_phone_enc" text,
	"note" text,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "points_deductions" ADD CONSTRAINT "points_deductions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_deductions" ADD CONSTRAINT "points_deductions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_deductions" ADD CONSTRAINT "points_deductions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_deductions" ADD CONSTRAINT "points_deductions_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deadline_settings" ADD CONSTRAINT "service_deadline_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_deadline_settings" ADD CONSTRAINT "service_deadline_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_to_org_id_orgs_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assignee_person_id_persons_id_fk" FOREIGN KEY ("assignee_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_resolved_by_person_id_persons_id_fk" FOREIGN KEY ("resolved_by_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_escalated_to_org_id_orgs_id_fk" FOREIGN KEY ("escalated_to_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_occurrences" ADD CONSTRAINT "activity_occurrences_series_id_activity_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."activity_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_occurrences" ADD CONSTRAINT "activity_occurrences_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_photos" ADD CONSTRAINT "activity_photos_occurrence_id_activity_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."activity_occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_photos" ADD CONSTRAINT "activity_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_series" ADD CONSTRAINT "activity_series_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_series" ADD CONSTRAINT "activity_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_occurrence_id_activity_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."activity_occurrences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_claim_id_service_post_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."service_post_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_post_id_service_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."service_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_posts" ADD CONSTRAINT "service_posts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_posts" ADD CONSTRAINT "service_posts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_members" ADD CONSTRAINT "task_force_members_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_members" ADD CONSTRAINT "task_force_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_tasks" ADD CONSTRAINT "task_force_tasks_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_tasks" ADD CONSTRAINT "task_force_tasks_assignee_person_id_persons_id_fk" FOREIGN KEY ("assignee_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_tasks" ADD CONSTRAINT "task_force_tasks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_forces" ADD CONSTRAINT "task_forces_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_forces" ADD CONSTRAINT "task_forces_leader_person_id_persons_id_fk" FOREIGN KEY ("leader_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_forces" ADD CONSTRAINT "task_forces_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_aid_entries" ADD CONSTRAINT "mutual_aid_entries_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_aid_entries" ADD CONSTRAINT "mutual_aid_entries_contributor_person_id_persons_id_fk" FOREIGN KEY ("contributor_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_aid_entries" ADD CONSTRAINT "mutual_aid_entries_household_id_pairing_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."pairing_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_aid_entries" ADD CONSTRAINT "mutual_aid_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_households" ADD CONSTRAINT "pairing_households_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_households" ADD CONSTRAINT "pairing_households_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_households" ADD CONSTRAINT "pairing_households_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_visits" ADD CONSTRAINT "pairing_visits_pairing_id_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pairings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_visits" ADD CONSTRAINT "pairing_visits_household_id_pairing_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."pairing_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_visits" ADD CONSTRAINT "pairing_visits_visitor_person_id_persons_id_fk" FOREIGN KEY ("visitor_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_visits" ADD CONSTRAINT "pairing_visits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_visits" ADD CONSTRAINT "pairing_visits_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_household_id_pairing_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."pairing_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_helper_person_id_persons_id_fk" FOREIGN KEY ("helper_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_assignments" ADD CONSTRAINT "resident_cadre_assignments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_assignments" ADD CONSTRAINT "resident_cadre_assignments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_assignments" ADD CONSTRAINT "resident_cadre_assignments_dispatched_by_org_id_orgs_id_fk" FOREIGN KEY ("dispatched_by_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_assignments" ADD CONSTRAINT "resident_cadre_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_presence" ADD CONSTRAINT "resident_cadre_presence_assignment_id_resident_cadre_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."resident_cadre_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_presence" ADD CONSTRAINT "resident_cadre_presence_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_presence" ADD CONSTRAINT "resident_cadre_presence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_settings" ADD CONSTRAINT "resident_cadre_settings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_settings" ADD CONSTRAINT "resident_cadre_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_tasks" ADD CONSTRAINT "resident_cadre_tasks_assignment_id_resident_cadre_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."resident_cadre_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_tasks" ADD CONSTRAINT "resident_cadre_tasks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_cadre_tasks" ADD CONSTRAINT "resident_cadre_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_enrolled_by_users_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_sites" ADD CONSTRAINT "model_sites_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_sites" ADD CONSTRAINT "model_sites_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_sites" ADD CONSTRAINT "model_sites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_photos" ADD CONSTRAINT "venue_photos_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_photos" ADD CONSTRAINT "venue_photos_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_photos" ADD CONSTRAINT "venue_photos_model_site_id_model_sites_id_fk" FOREIGN KEY ("model_site_id") REFERENCES "public"."model_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_photos" ADD CONSTRAINT "venue_photos_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_uses" ADD CONSTRAINT "venue_uses_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_uses" ADD CONSTRAINT "venue_uses_using_org_id_orgs_id_fk" FOREIGN KEY ("using_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_uses" ADD CONSTRAINT "venue_uses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "points_deductions_person_idx" ON "points_deductions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "service_request_events_request_idx" ON "service_request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_tracking_uq" ON "service_requests" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "service_requests_org_idx" ON "service_requests" USING btree ("org_id","submitted_at");--> statement-breakpoint
CREATE INDEX "service_requests_tenant_idx" ON "service_requests" USING btree ("tenant_org_id","submitted_at");--> statement-breakpoint
CREATE INDEX "service_requests_assignee_idx" ON "service_requests" USING btree ("assignee_person_id","state");--> statement-breakpoint
CREATE INDEX "service_requests_escalated_idx" ON "service_requests" USING btree ("escalated_to_org_id");--> statement-breakpoint
CREATE INDEX "service_requests_open_idx" ON "service_requests" USING btree ("respond_by","resolve_by") WHERE "service_requests"."state" IN ('submitted', 'assigned', 'responded');--> statement-breakpoint
CREATE UNIQUE INDEX "activity_occurrences_series_day_uq" ON "activity_occurrences" USING btree ("series_id","held_on");--> statement-breakpoint
CREATE INDEX "activity_occurrences_org_day_idx" ON "activity_occurrences" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "activity_photos_occurrence_idx" ON "activity_photos" USING btree ("occurrence_id");--> statement-breakpoint
CREATE INDEX "activity_series_org_idx" ON "activity_series" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_signups_uq" ON "activity_signups" USING btree ("occurrence_id","person_id");--> statement-breakpoint
CREATE INDEX "activity_signups_person_idx" ON "activity_signups" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "service_hours_claim_idx" ON "service_hours" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "service_hours_person_idx" ON "service_hours" USING btree ("person_id","worked_on");--> statement-breakpoint
CREATE INDEX "service_hours_org_idx" ON "service_hours" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "service_post_claims_post_idx" ON "service_post_claims" USING btree ("post_id","state");--> statement-breakpoint
CREATE INDEX "service_post_claims_person_idx" ON "service_post_claims" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "service_post_claims_org_idx" ON "service_post_claims" USING btree ("org_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "service_post_claims_live_uq" ON "service_post_claims" USING btree ("post_id","person_id") WHERE "service_post_claims"."state" IN ('pending', 'approved');--> statement-breakpoint
CREATE INDEX "service_posts_org_idx" ON "service_posts" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "service_posts_tenant_idx" ON "service_posts" USING btree ("tenant_org_id");--> statement-breakpoint
CREATE INDEX "task_force_members_person_idx" ON "task_force_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "task_force_tasks_force_idx" ON "task_force_tasks" USING btree ("task_force_id");--> statement-breakpoint
CREATE INDEX "task_forces_org_idx" ON "task_forces" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "mutual_aid_entries_org_idx" ON "mutual_aid_entries" USING btree ("org_id","occurred_on");--> statement-breakpoint
CREATE INDEX "mutual_aid_entries_household_idx" ON "mutual_aid_entries" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "pairing_households_org_idx" ON "pairing_households" USING btree ("org_id","head_name");--> statement-breakpoint
CREATE INDEX "pairing_households_tenant_idx" ON "pairing_households" USING btree ("tenant_org_id");--> statement-breakpoint
CREATE INDEX "pairing_households_id_number_idx" ON "pairing_households" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "pairing_visits_household_idx" ON "pairing_visits" USING btree ("household_id","visited_on");--> statement-breakpoint
CREATE INDEX "pairing_visits_visitor_idx" ON "pairing_visits" USING btree ("visitor_person_id","visited_on");--> statement-breakpoint
CREATE INDEX "pairing_visits_tenant_idx" ON "pairing_visits" USING btree ("tenant_org_id","visited_on");--> statement-breakpoint
CREATE INDEX "pairings_household_idx" ON "pairings" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "pairings_helper_idx" ON "pairings" USING btree ("helper_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pairings_open_uq" ON "pairings" USING btree ("household_id","helper_person_id") WHERE "pairings"."ended_on" IS NULL;--> statement-breakpoint
CREATE INDEX "resident_cadre_assignments_org_idx" ON "resident_cadre_assignments" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "resident_cadre_assignments_tenant_idx" ON "resident_cadre_assignments" USING btree ("tenant_org_id");--> statement-breakpoint
CREATE INDEX "resident_cadre_assignments_key_idx" ON "resident_cadre_assignments" USING btree ("cadre_key");--> statement-breakpoint
CREATE INDEX "resident_cadre_assignments_person_idx" ON "resident_cadre_assignments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resident_cadre_presence_day_uq" ON "resident_cadre_presence" USING btree ("assignment_id","date");--> statement-breakpoint
CREATE INDEX "resident_cadre_presence_org_date_idx" ON "resident_cadre_presence" USING btree ("org_id","date");--> statement-breakpoint
CREATE INDEX "resident_cadre_tasks_assignment_idx" ON "resident_cadre_tasks" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "training_attendance_person_idx" ON "training_attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_courses_org_idx" ON "training_courses" USING btree ("org_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_courses_tenant_idx" ON "training_courses" USING btree ("tenant_org_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_uq" ON "training_enrolments" USING btree ("course_id","person_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_person_idx" ON "training_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id","held_on");--> statement-breakpoint
CREATE INDEX "model_sites_org_idx" ON "model_sites" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "model_sites_venue_idx" ON "model_sites" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "venue_photos_venue_idx" ON "venue_photos" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "venue_photos_model_site_idx" ON "venue_photos" USING btree ("model_site_id");--> statement-breakpoint
CREATE INDEX "venue_uses_venue_date_idx" ON "venue_uses" USING btree ("venue_id","date");--> statement-breakpoint
CREATE INDEX "venues_org_idx" ON "venues" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "venues_tenant_idx" ON "venues" USING btree ("tenant_org_id");