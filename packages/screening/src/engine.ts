import type { Outcome, ProgramDefinition, Registry } from '@bokji/core';
import { type HouseholdBatch, stringAt } from './batch.js';
import { outcomeCode, type Tri } from './bits.js';
import { ColumnEnv, type ColumnStats } from './env.js';
import { evaluatePlan, type StageTimings } from './evaluate.js';
import { Memory } from './memory.js';
import { Plan, type ProgramPlan } from './plan.js';
import { nativeVariables } from './variables.js';

export const OUTCOMES: readonly Outcome[] = ['ineligible', 'eligible', 'undetermined'];

/** The outcomes of one batch: per program, two bitsets over households or members. */
export interface BatchOutcomes {
  batch: HouseholdBatch;
  programs: readonly ProgramPlan[];
  tri: Tri[];
  columnar: boolean[];
  columns: ColumnStats;
}

/** Outcome of program `k` for household h (household program) or person p (person program). */
export function outcomeOf(r: BatchOutcomes, k: number, i: number): Outcome {
  return OUTCOMES[outcomeCode(r.tri[k]!, i)]!;
}

export interface ScreenRow {
  householdId: string;
  programId: string;
  personId: string | null;
  outcome: Outcome;
}

/** Every (household, program, person) outcome of a batch, household by household. */
export function* rowsOf(r: BatchOutcomes, keep?: ReadonlySet<Outcome>): Generator<ScreenRow> {
  const b = r.batch;
  for (let h = 0; h < b.n; h++) {
    for (let k = 0; k < r.programs.length; k++) {
      const p = r.programs[k]!;
      if (p.target === 'household') {
        const outcome = outcomeOf(r, k, h);
        if (!keep || keep.has(outcome))
          yield { householdId: stringAt(b.householdIds, h), programId: p.id, personId: null, outcome };
      } else {
        for (let q = b.hhStart[h]!; q < b.hhStart[h + 1]!; q++) {
          const outcome = outcomeOf(r, k, q);
          if (!keep || keep.has(outcome))
            yield {
              householdId: stringAt(b.householdIds, h),
              programId: p.id,
              personId: stringAt(b.personIds, q),
              outcome,
            };
        }
      }
    }
  }
}

/**
 * The batch screening engine: every program of a registry compiled once into a shared DAG, then
 * evaluated column by column over batches of households.
 */
export class ScreeningEngine {
  readonly plan: Plan;
  readonly programs: readonly ProgramDefinition[];
  /**
   * Buffers kept from one batch to the next (columns, bitsets): a long-running worker screening
   * partition after partition writes into memory it has already mapped. Holds about what the
   * largest batch needed; `memory.clear()` lets it go.
   */
  readonly memory: Memory;

  constructor(
    readonly registry: Pick<Registry, 'params' | 'variables' | 'list'>,
    opts: {
      programIds?: readonly string[] /** Evaluate these per household (to measure or test the fallback). */;
      fallback?: readonly string[];
      /** Memory to reuse (shared with other engines, or instrumented by a test). */
      memory?: Memory;
    } = {},
  ) {
    this.memory = opts.memory ?? new Memory();
    const all = registry.list();
    this.programs = opts.programIds
      ? opts.programIds.map((id) => {
          const p = all.find((x) => x.id === id);
          if (!p) throw new Error(`unknown program ${id}`);
          return p;
        })
      : all;
    this.plan = new Plan(this.programs, opts.fallback ? { fallback: opts.fallback } : {});
  }

  /** How many programs evaluate fully in columns, and which fall back per household (and why). */
  coverage() {
    return {
      programs: this.plan.programs.length,
      columnar: this.plan.columnarPrograms,
      fallback: this.plan.programs
        .filter((p) => p.root === undefined)
        .map((p) => ({ id: p.id, reason: p.fallbackReason })),
      nodes: this.plan.nodes.length,
      comparisons: this.plan.nodes.filter((n) => n.k === 'cmp').length,
    };
  }

  /** The columns of a batch, in this engine's memory; `release()` it when done (`screen` does, for its own). */
  environment(batch: HouseholdBatch): ColumnEnv {
    return new ColumnEnv(batch, this.registry, nativeVariables, this.memory);
  }

  /**
   * Every program over a batch. With no `env`, the columns are computed for this call and given
   * back to the engine's memory before it returns; the outcomes stay valid until `recycle`.
   */
  screen(batch: HouseholdBatch, env?: ColumnEnv, timings?: StageTimings): BatchOutcomes {
    const own = env ?? this.environment(batch);
    try {
      const r = evaluatePlan(this.plan, own, timings);
      return {
        batch,
        programs: this.plan.programs,
        tri: r.outcomes,
        columnar: r.columnar,
        columns: own.stats,
      };
    } finally {
      if (!env) own.release();
    }
  }

  /** Gives a result's bitsets back for the next batch; its outcomes must not be read afterwards. */
  recycle(r: BatchOutcomes): void {
    // A bitset read by several programs is given back once (the memory ignores the repeats).
    for (const { t, f } of r.tri) {
      this.memory.give(t);
      this.memory.give(f);
    }
  }
}
