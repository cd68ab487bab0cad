DROP INDEX "household_residences_hh_idx";--> statement-breakpoint
DROP INDEX "linked_records_person_idx";--> statement-breakpoint
CREATE INDEX "household_residences_latest_idx" ON "household_residences" USING btree ("household_id","effective_from" DESC NULLS FIRST,"recorded_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "linked_records_latest_idx" ON "linked_records" USING btree ("person_id","category","kind","data_type","period_from" DESC NULLS FIRST,"received_at" DESC NULLS FIRST);