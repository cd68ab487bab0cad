-- People whose screening inputs changed, marked in the transaction that changed them, for the
-- screening service to re-screen their households in the latest population run (incremental
-- screening). A new, empty table: no lock on existing ones.
CREATE TABLE "screening_changes" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
