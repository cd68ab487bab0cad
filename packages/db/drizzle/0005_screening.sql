CREATE TABLE "screening_partitions" (
	"run_id" uuid NOT NULL,
	"partition" integer NOT NULL,
	"from_id" uuid,
	"to_id" uuid,
	"status" text NOT NULL,
	"households" integer,
	"counts" jsonb,
	"worker" text,
	"finished_at" timestamp with time zone,
	CONSTRAINT "screening_partitions_run_id_partition_pk" PRIMARY KEY("run_id","partition")
);
--> statement-breakpoint
CREATE TABLE "screening_results" (
	"run_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"program_id" text NOT NULL,
	"person_id" uuid,
	"outcome" text NOT NULL,
	CONSTRAINT "screening_results_key" UNIQUE NULLS NOT DISTINCT("run_id","household_id","program_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "screening_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"reference_date" date NOT NULL,
	"status" text NOT NULL,
	"keep" jsonb NOT NULL,
	"programs" jsonb NOT NULL,
	"partitions" integer NOT NULL,
	"counts" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "screening_partitions" ADD CONSTRAINT "screening_partitions_run_id_screening_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."screening_runs"("id") ON DELETE no action ON UPDATE no action;