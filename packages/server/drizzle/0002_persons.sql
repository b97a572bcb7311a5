CREATE TABLE "person_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"type" text NOT NULL,
	"occurred_on" date NOT NULL,
	"org_id" integer,
	"recorded_by" integer,
	"voids_event_id" integer,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"group_id" integer,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text NOT NULL,
	"education" text NOT NULL,
	"person_kind" text NOT NULL,
	"occupation" text NOT NULL,
	"address" text,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"phone_enc" text,
	"phone_hash" text,
	"stage" text,
	"application_date" date,
	"activist_date" date,
	"candidate_date" date,
	"admission_date" date,
	"conversion_date" date,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_events" ADD CONSTRAINT "person_events_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_events" ADD CONSTRAINT "person_events_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_events" ADD CONSTRAINT "person_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_group_id_orgs_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_events_person_idx" ON "person_events" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_id_number_uq" ON "persons" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "persons_phone_idx" ON "persons" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "persons_org_idx" ON "persons" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "persons_tenant_stage_idx" ON "persons" USING btree ("tenant_org_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_user_uq" ON "persons" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "org_posts" ADD CONSTRAINT "org_posts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A person's history is append-only, like the audit log: corrections are new events that void old ones.
CREATE OR REPLACE FUNCTION append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER person_events_no_update_delete
  BEFORE UPDATE OR DELETE ON person_events
  FOR EACH ROW EXECUTE FUNCTION append_only();
