-- The slices of re-investigation runs: ranges of live entitlements with a cursor and counts each,
-- so that several runners carry one run on at once. A new table; existing runs get one slice.
CREATE TABLE "run_slices" (
	"run_id" uuid NOT NULL,
	"slice" integer NOT NULL,
	"from_id" uuid,
	"to_id" uuid,
	"cursor" uuid,
	"counts" jsonb NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "run_slices_run_id_slice_pk" PRIMARY KEY("run_id","slice")
);
--> statement-breakpoint
ALTER TABLE "run_slices" ADD CONSTRAINT "run_slices_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every existing run becomes a run of one slice over all live entitlements, with its cursor and counts.
INSERT INTO "run_slices" ("run_id", "slice", "from_id", "to_id", "cursor", "counts", "status")
SELECT "id", 0, NULL, NULL, "cursor"::uuid, "counts", "status" FROM "runs";
