CREATE TABLE "screening_outcomes" (
	"run_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"programs" smallint[] NOT NULL,
	"people" uuid[] NOT NULL,
	"outcomes" smallint[] NOT NULL,
	CONSTRAINT "screening_outcomes_run_id_household_id_pk" PRIMARY KEY("run_id","household_id")
);
--> statement-breakpoint
-- Existing rows move over: one row per (run, household), programs as positions in the run's programs.
INSERT INTO "screening_outcomes" ("run_id", "household_id", "programs", "people", "outcomes")
SELECT s.run_id, s.household_id,
	array_agg((p.ord - 1)::smallint ORDER BY p.ord, s.person_id),
	array_agg(s.person_id ORDER BY p.ord, s.person_id),
	array_agg((CASE s.outcome WHEN 'ineligible' THEN 0 WHEN 'eligible' THEN 1 ELSE 2 END)::smallint ORDER BY p.ord, s.person_id)
FROM "screening_results" s
JOIN "screening_runs" r ON r.id = s.run_id
CROSS JOIN LATERAL (
	SELECT e.ord FROM jsonb_array_elements(r.programs) WITH ORDINALITY AS e(v, ord) WHERE e.v ->> 'id' = s.program_id
) p
GROUP BY s.run_id, s.household_id;--> statement-breakpoint
DROP TABLE "screening_results" CASCADE;--> statement-breakpoint
CREATE VIEW "public"."screening_results" AS (SELECT o.run_id, o.household_id, (r.programs -> u.program ->> 'id') AS program_id, u.person_id, (ARRAY['ineligible', 'eligible', 'undetermined'])[u.outcome + 1] AS outcome FROM screening_outcomes o JOIN screening_runs r ON r.id = o.run_id CROSS JOIN LATERAL unnest(o.programs, o.people, o.outcomes) AS u(program, person_id, outcome));