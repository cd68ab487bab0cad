CREATE TABLE "linkage_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency" text NOT NULL,
	"batch_key" text NOT NULL,
	"data_type" text NOT NULL,
	"format" text NOT NULL,
	"status" text NOT NULL,
	"counts" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"submitted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "linkage_rejects" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"reasons" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "linked_records" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
ALTER TABLE "linked_records" ADD COLUMN "change_kind" text DEFAULT 'succession' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organization" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "purposes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "linkage_rejects" ADD CONSTRAINT "linkage_rejects_batch_id_linkage_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."linkage_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "linkage_batches_key_idx" ON "linkage_batches" USING btree ("agency","batch_key");--> statement-breakpoint
CREATE INDEX "linkage_rejects_batch_idx" ON "linkage_rejects" USING btree ("batch_id","line");