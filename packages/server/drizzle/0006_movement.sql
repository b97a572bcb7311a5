CREATE TABLE "letter_sequences" (
	"org_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "letter_sequences_org_id_year_pk" PRIMARY KEY("org_id","year")
);
--> statement-breakpoint
CREATE TABLE "transfer_stops" (
	"id" serial PRIMARY KEY NOT NULL,
	"transfer_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"org_id" integer NOT NULL,
	"role" text NOT NULL,
	"state" text NOT NULL,
	"acted_on" date,
	"acted_by" integer
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"from_org_id" integer,
	"from_org_name" text NOT NULL,
	"to_org_id" integer,
	"to_group_id" integer,
	"to_org_name" text NOT NULL,
	"to_org_address" text,
	"issuer_org_id" integer,
	"letter_number" text,
	"validity_days" integer NOT NULL,
	"issued_on" date,
	"expires_on" date,
	"dues_paid_up_to" text NOT NULL,
	"note" text,
	"late_statement" text,
	"refused_reason" text,
	"refused_by_org_id" integer,
	"refused_on" date,
	"received_on" date,
	"receipt_returned_on" date,
	"previous_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outflow_activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"outflow_id" integer NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"org_id" integer NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outflows" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_org_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"inflow_org_id" integer,
	"inflow_org_name" text NOT NULL,
	"destination" text NOT NULL,
	"contact_enc" text NOT NULL,
	"card_number" text,
	"reason" text,
	"outflow_on" date NOT NULL,
	"state" text NOT NULL,
	"confirmed_on" date,
	"confirmed_by" integer,
	"returned_on" date,
	"last_contact_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "standing" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "standing_since" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "lost_since" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "transferred_out_on" date;--> statement-breakpoint
ALTER TABLE "letter_sequences" ADD CONSTRAINT "letter_sequences_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_stops" ADD CONSTRAINT "transfer_stops_transfer_id_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_stops" ADD CONSTRAINT "transfer_stops_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_stops" ADD CONSTRAINT "transfer_stops_acted_by_users_id_fk" FOREIGN KEY ("acted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_from_org_id_orgs_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_to_org_id_orgs_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_to_group_id_orgs_id_fk" FOREIGN KEY ("to_group_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_issuer_org_id_orgs_id_fk" FOREIGN KEY ("issuer_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_refused_by_org_id_orgs_id_fk" FOREIGN KEY ("refused_by_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflow_activities" ADD CONSTRAINT "outflow_activities_outflow_id_outflows_id_fk" FOREIGN KEY ("outflow_id") REFERENCES "public"."outflows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflow_activities" ADD CONSTRAINT "outflow_activities_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflow_activities" ADD CONSTRAINT "outflow_activities_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflows" ADD CONSTRAINT "outflows_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflows" ADD CONSTRAINT "outflows_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflows" ADD CONSTRAINT "outflows_inflow_org_id_orgs_id_fk" FOREIGN KEY ("inflow_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflows" ADD CONSTRAINT "outflows_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outflows" ADD CONSTRAINT "outflows_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_stops_seq_uq" ON "transfer_stops" USING btree ("transfer_id","seq");--> statement-breakpoint
CREATE INDEX "transfer_stops_org_idx" ON "transfer_stops" USING btree ("org_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_open_uq" ON "transfers" USING btree ("person_id") WHERE "transfers"."state" IN ('requested', 'issued');--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_letter_uq" ON "transfers" USING btree ("issuer_org_id","letter_number") WHERE "transfers"."issuer_org_id" IS NOT NULL AND "transfers"."letter_number" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "transfers_person_idx" ON "transfers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "transfers_from_idx" ON "transfers" USING btree ("from_org_id");--> statement-breakpoint
CREATE INDEX "transfers_to_idx" ON "transfers" USING btree ("to_org_id");--> statement-breakpoint
CREATE INDEX "transfers_tenant_state_idx" ON "transfers" USING btree ("tenant_org_id","state");--> statement-breakpoint
CREATE INDEX "outflow_activities_outflow_idx" ON "outflow_activities" USING btree ("outflow_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "outflows_open_uq" ON "outflows" USING btree ("person_id") WHERE "outflows"."state" IN ('registered', 'confirmed');--> statement-breakpoint
CREATE INDEX "outflows_org_idx" ON "outflows" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "outflows_inflow_idx" ON "outflows" USING btree ("inflow_org_id","state");--> statement-breakpoint
CREATE INDEX "persons_standing_idx" ON "persons" USING btree ("tenant_org_id","standing");