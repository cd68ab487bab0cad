CREATE TABLE "dci_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid NOT NULL,
	"sender_id" text,
	"scopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"callback_uris" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"program_ids" jsonb,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dci_clients_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "dci_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"client_id" uuid NOT NULL,
	"registry" text NOT NULL,
	"event_type" text NOT NULL,
	"record_type" text NOT NULL,
	"filter" jsonb NOT NULL,
	"purpose" text,
	"callback_uri" text NOT NULL,
	"transaction_id" text NOT NULL,
	"reference_id" text NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"frequency" text,
	"status" text NOT NULL,
	"cursor" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unsubscribed_at" timestamp with time zone,
	CONSTRAINT "dci_subscriptions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "dci_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"registry" text NOT NULL,
	"action" text NOT NULL,
	"mode" text NOT NULL,
	"message_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"correlation_id" text NOT NULL,
	"status" text NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"callback_uri" text,
	"delivery" text,
	"delivery_attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dci_transactions_correlation_id_unique" UNIQUE("correlation_id")
);
--> statement-breakpoint
ALTER TABLE "dci_clients" ADD CONSTRAINT "dci_clients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dci_subscriptions" ADD CONSTRAINT "dci_subscriptions_client_id_dci_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."dci_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dci_transactions" ADD CONSTRAINT "dci_transactions_client_id_dci_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."dci_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dci_subscriptions_client_idx" ON "dci_subscriptions" USING btree ("client_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "dci_transactions_message_idx" ON "dci_transactions" USING btree ("client_id","message_id");--> statement-breakpoint
CREATE INDEX "dci_transactions_txn_idx" ON "dci_transactions" USING btree ("client_id","transaction_id");