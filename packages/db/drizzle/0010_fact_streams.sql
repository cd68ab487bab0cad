-- Multi-source facts (crisis, farmerFisher, illness: core's `multiSourceFactKinds`) are one
-- stream per data type, so the index in the order "the latest record of each stream" reads
-- gains their data type. A new name, IF NOT EXISTS: an operator of a large database can build it
-- first with CREATE INDEX CONCURRENTLY (docs/operations.md, "Upgrades with migrations") and this
-- migration then only drops the old one.
CREATE INDEX IF NOT EXISTS "linked_records_stream_idx" ON "linked_records" USING btree ("person_id","category","kind",(CASE WHEN "category" = 'fact' AND "kind" NOT IN ('crisis', 'farmerFisher', 'illness') THEN '' ELSE "data_type" END),"period_from" DESC NULLS FIRST,"received_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
DROP INDEX IF EXISTS "linked_records_latest_idx";
