CREATE TABLE "access_log_anchors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"through_id" bigint NOT NULL,
	"anchor_hash" text NOT NULL,
	"rows_purged" integer NOT NULL,
	"cutoff" timestamp with time zone NOT NULL,
	"purged_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flagged_persons" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"flagged_by" uuid,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permission_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_username" text,
	"user_id" uuid NOT NULL,
	"username" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_alert_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alert_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_role" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "security_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"user_id" uuid,
	"username" text,
	"person_id" uuid,
	"day" date NOT NULL,
	"summary" text NOT NULL,
	"detail" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	CONSTRAINT "security_alerts_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "session_activity" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "staff_people" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "flagged_persons" ADD CONSTRAINT "flagged_persons_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_alert_events" ADD CONSTRAINT "security_alert_events_alert_id_security_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."security_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_activity" ADD CONSTRAINT "session_activity_token_hash_sessions_token_hash_fk" FOREIGN KEY ("token_hash") REFERENCES "public"."sessions"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_people" ADD CONSTRAINT "staff_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_people" ADD CONSTRAINT "staff_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_failures_user_ip_idx" ON "login_failures" USING btree ("username","ip","at");--> statement-breakpoint
CREATE INDEX "login_failures_at_idx" ON "login_failures" USING btree ("at");--> statement-breakpoint
CREATE INDEX "permission_changes_user_idx" ON "permission_changes" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "security_alert_events_alert_idx" ON "security_alert_events" USING btree ("alert_id","id");--> statement-breakpoint
CREATE INDEX "security_alerts_status_idx" ON "security_alerts" USING btree ("status","day");--> statement-breakpoint
CREATE INDEX "security_alerts_user_idx" ON "security_alerts" USING btree ("user_id");--> statement-breakpoint
-- Issue 8 (docs/security.md): the access log stays append-only; the only delete is the retention
-- purge (packages/db/src/access-log.ts purgeAccessLog), and only of rows older than 24 months.
CREATE OR REPLACE FUNCTION bokji_access_log_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('bokji.access_log_purge', true) = 'on' THEN
      IF OLD.at < now() - interval '24 months' THEN
        RETURN OLD;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION 'access_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Append-only tables; with an argument, rows older than that interval may be deleted by a retention purge.
CREATE OR REPLACE FUNCTION bokji_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_NARGS > 0 THEN
    IF current_setting('bokji.retention_purge', true) = 'on' THEN
      IF OLD.at < now() - (TG_ARGV[0])::interval THEN
        RETURN OLD;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER permission_changes_append_only BEFORE UPDATE OR DELETE ON permission_changes
  FOR EACH ROW EXECUTE FUNCTION bokji_append_only('36 months');
--> statement-breakpoint
CREATE TRIGGER permission_changes_no_truncate BEFORE TRUNCATE ON permission_changes
  FOR EACH STATEMENT EXECUTE FUNCTION bokji_append_only();
--> statement-breakpoint
CREATE TRIGGER security_alert_events_append_only BEFORE UPDATE OR DELETE ON security_alert_events
  FOR EACH ROW EXECUTE FUNCTION bokji_append_only('36 months');
--> statement-breakpoint
CREATE TRIGGER security_alert_events_no_truncate BEFORE TRUNCATE ON security_alert_events
  FOR EACH STATEMENT EXECUTE FUNCTION bokji_append_only();
--> statement-breakpoint
CREATE TRIGGER access_log_anchors_append_only BEFORE UPDATE OR DELETE ON access_log_anchors
  FOR EACH ROW EXECUTE FUNCTION bokji_append_only();
--> statement-breakpoint
CREATE TRIGGER access_log_anchors_no_truncate BEFORE TRUNCATE ON access_log_anchors
  FOR EACH STATEMENT EXECUTE FUNCTION bokji_append_only();
