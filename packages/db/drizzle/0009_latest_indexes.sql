-- Indexes in the order "the latest record / residence on a date" reads them. IF [NOT] EXISTS so
-- that an operator of a large database can build them first with CREATE INDEX CONCURRENTLY
-- (docs/operations.md, "Upgrades with migrations") and this migration then only drops the old ones.
CREATE INDEX IF NOT EXISTS "household_residences_latest_idx" ON "household_residences" USING btree ("household_id","effective_from" DESC NULLS FIRST,"recorded_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "linked_records_latest_idx" ON "linked_records" USING btree ("person_id","category","kind",(CASE WHEN "category" = 'fact' THEN '' ELSE "data_type" END),"period_from" DESC NULLS FIRST,"received_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
DROP INDEX IF EXISTS "household_residences_hh_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "linked_records_person_idx";
