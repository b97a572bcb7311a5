CREATE TABLE "dues_month_totals" (
	"org_id" integer NOT NULL,
	"month" text NOT NULL,
	"due_fen" bigint DEFAULT 0 NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	"collected_fen" bigint DEFAULT 0 NOT NULL,
	"paid_members" integer DEFAULT 0 NOT NULL,
	"voluntary_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "dues_month_totals_org_id_month_pk" PRIMARY KEY("org_id","month")
);
--> statement-breakpoint
ALTER TABLE "dues_hardships" ADD COLUMN "approved_on" date;--> statement-breakpoint
ALTER TABLE "dues_hardships" ADD COLUMN "decision_ref" text;--> statement-breakpoint
ALTER TABLE "dues_month_totals" ADD CONSTRAINT "dues_month_totals_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Adds signed per-(org, month) deltas; rows are ordered so concurrent writers lock them in the same order.
CREATE OR REPLACE FUNCTION dues_month_totals_add(deltas jsonb) RETURNS void AS $$
BEGIN
  INSERT INTO dues_month_totals AS t (org_id, month, due_fen, members, collected_fen, paid_members, voluntary_fen)
  SELECT d.org_id, d.month, d.due_fen, d.members, d.collected_fen, d.paid_members, d.voluntary_fen
  FROM jsonb_to_recordset(deltas) AS d(org_id integer, month text, due_fen bigint, members integer,
    collected_fen bigint, paid_members integer, voluntary_fen bigint)
  ORDER BY d.org_id, d.month
  ON CONFLICT (org_id, month) DO UPDATE SET
    due_fen = t.due_fen + excluded.due_fen,
    members = t.members + excluded.members,
    collected_fen = t.collected_fen + excluded.collected_fen,
    paid_members = t.paid_members + excluded.paid_members,
    voluntary_fen = t.voluntary_fen + excluded.voluntary_fen;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dues_month_totals_rebuild() RETURNS void AS $$
BEGIN
  DELETE FROM dues_month_totals;
  INSERT INTO dues_month_totals (org_id, month, due_fen, members, collected_fen, paid_members, voluntary_fen)
  SELECT org_id, month, sum(due_fen), sum(members), sum(collected_fen), sum(paid_members), sum(voluntary_fen)
  FROM (
    SELECT org_id, month, sum(amount_fen) AS due_fen, count(*) AS members,
      0 AS collected_fen, 0 AS paid_members, 0 AS voluntary_fen
    FROM dues_due GROUP BY org_id, month
    UNION ALL
    SELECT org_id, month, 0, 0,
      coalesce(sum(amount_fen) FILTER (WHERE kind = 'regular'), 0),
      count(*) FILTER (WHERE kind = 'regular'),
      coalesce(sum(amount_fen) FILTER (WHERE kind = 'voluntary'), 0)
    FROM dues_payments WHERE active AND kind IN ('regular', 'voluntary') GROUP BY org_id, month
  ) c
  GROUP BY org_id, month;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dues_due_to_totals() RETURNS trigger AS $$
DECLARE deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT org_id, month, sum(amount_fen) AS due_fen, count(*) AS members,
        0 AS collected_fen, 0 AS paid_members, 0 AS voluntary_fen
      FROM new_rows GROUP BY org_id, month) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT org_id, month, -sum(amount_fen) AS due_fen, -count(*) AS members,
        0 AS collected_fen, 0 AS paid_members, 0 AS voluntary_fen
      FROM old_rows GROUP BY org_id, month) x;
  ELSE
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT org_id, month, sum(due) AS due_fen, sum(n) AS members,
        0 AS collected_fen, 0 AS paid_members, 0 AS voluntary_fen
      FROM (SELECT org_id, month, amount_fen AS due, 1 AS n FROM new_rows
            UNION ALL SELECT org_id, month, -amount_fen, -1 FROM old_rows) c
      GROUP BY org_id, month HAVING sum(due) <> 0 OR sum(n) <> 0) x;
  END IF;
  IF deltas IS NOT NULL THEN PERFORM dues_month_totals_add(deltas); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER dues_due_totals_insert AFTER INSERT ON dues_due
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dues_due_to_totals();--> statement-breakpoint
CREATE TRIGGER dues_due_totals_update AFTER UPDATE ON dues_due
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dues_due_to_totals();--> statement-breakpoint
CREATE TRIGGER dues_due_totals_delete AFTER DELETE ON dues_due
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dues_due_to_totals();--> statement-breakpoint
-- A payment counts while active: regular ones as collected (and a member paid), voluntary ones apart (F8).
CREATE OR REPLACE FUNCTION dues_payments_to_totals() RETURNS trigger AS $$
DECLARE deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT org_id, month, 0 AS due_fen, 0 AS members,
        coalesce(sum(amount_fen) FILTER (WHERE kind = 'regular'), 0) AS collected_fen,
        count(*) FILTER (WHERE kind = 'regular') AS paid_members,
        coalesce(sum(amount_fen) FILTER (WHERE kind = 'voluntary'), 0) AS voluntary_fen
      FROM new_rows WHERE active AND kind IN ('regular', 'voluntary') GROUP BY org_id, month) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT org_id, month, 0 AS due_fen, 0 AS members,
        -coalesce(sum(amount_fen) FILTER (WHERE kind = 'regular'), 0) AS collected_fen,
        -count(*) FILTER (WHERE kind = 'regular') AS paid_members,
        -coalesce(sum(amount_fen) FILTER (WHERE kind = 'voluntary'), 0) AS voluntary_fen
      FROM old_rows WHERE active AND kind IN ('regular', 'voluntary') GROUP BY org_id, month) x;
  ELSE
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT org_id, month, 0 AS due_fen, 0 AS members,
        coalesce(sum(sign * amount_fen) FILTER (WHERE kind = 'regular'), 0) AS collected_fen,
        coalesce(sum(sign) FILTER (WHERE kind = 'regular'), 0) AS paid_members,
        coalesce(sum(sign * amount_fen) FILTER (WHERE kind = 'voluntary'), 0) AS voluntary_fen
      FROM (SELECT org_id, month, 1 AS sign, kind, amount_fen FROM new_rows
              WHERE active AND kind IN ('regular', 'voluntary')
            UNION ALL SELECT org_id, month, -1, kind, amount_fen FROM old_rows
              WHERE active AND kind IN ('regular', 'voluntary')) c
      GROUP BY org_id, month) x;
  END IF;
  IF deltas IS NOT NULL THEN PERFORM dues_month_totals_add(deltas); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER dues_payments_totals_insert AFTER INSERT ON dues_payments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dues_payments_to_totals();--> statement-breakpoint
CREATE TRIGGER dues_payments_totals_update AFTER UPDATE ON dues_payments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dues_payments_to_totals();--> statement-breakpoint
CREATE TRIGGER dues_payments_totals_delete AFTER DELETE ON dues_payments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dues_payments_to_totals();--> statement-breakpoint
-- Installs that already hold dues start from a recount; the new hardship columns stay empty for old rows.
SELECT dues_month_totals_rebuild();
