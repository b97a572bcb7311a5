-- Collation "C": byte order, so the same index serves `org_path LIKE '/1/12/%'` and ORDER BY org_path.
ALTER TABLE "persons" ADD COLUMN "org_path" text COLLATE "C";--> statement-breakpoint
UPDATE "persons" p SET "org_path" = o."path" FROM "orgs" o WHERE o."id" = p."org_id";--> statement-breakpoint
ALTER TABLE "persons" ALTER COLUMN "org_path" SET NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION persons_set_org_path() RETURNS trigger AS $$
BEGIN
  NEW.org_path := (SELECT path FROM orgs WHERE id = NEW.org_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER persons_org_path_on_write
  BEFORE INSERT OR UPDATE OF org_id ON persons
  FOR EACH ROW EXECUTE FUNCTION persons_set_org_path();--> statement-breakpoint
CREATE OR REPLACE FUNCTION orgs_propagate_path() RETURNS trigger AS $$
BEGIN
  UPDATE persons SET org_path = NEW.path WHERE org_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER orgs_path_to_persons
  AFTER UPDATE OF path ON orgs
  FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION orgs_propagate_path();--> statement-breakpoint
CREATE INDEX "persons_org_path_idx" ON "persons" USING btree ("org_path","name","id");--> statement-breakpoint
CREATE INDEX "persons_birth_idx" ON "persons" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "persons_admission_idx" ON "persons" USING btree ("admission_date");
