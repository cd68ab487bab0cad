import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HouseholdSnapshot } from '../domain/snapshot.js';
import { coreParameters } from '../parameters/data/core-parameters.js';
import { ParameterStore } from '../parameters/store.js';
import { caseSnapshot } from '../program/case-household.js';
import { coreVariables } from '../variables/index.js';
import { all, any, cmp, fact, lit, not, param, someMember, v } from './builders.js';
import { compileCriterion } from './compile.js';
import { EvalContext } from './context.js';
import { collectMissing, explainCriterion } from './explain.js';
import { all3, any3, compareValues, not3 } from './logic.js';
import type { Criterion, Outcome } from './types.js';

const params = new ParameterStore(coreParameters);
const t = (s: string) => ({ ko: s, en: s });
const ctxOf = (s: HouseholdSnapshot) => new EvalContext(s, params, coreVariables);

describe('three-valued logic', () => {
  const values: Outcome[] = ['eligible', 'ineligible', 'undetermined'];
  it('is Kleene logic: ineligible decides AND, eligible decides OR, undetermined stays open', () => {
    expect(all3(['eligible', 'undetermined'])).toBe('undetermined');
    expect(all3(['undetermined', 'ineligible'])).toBe('ineligible');
    expect(any3(['undetermined', 'eligible'])).toBe('eligible');
    expect(any3(['undetermined', 'ineligible'])).toBe('undetermined');
    for (const a of values) for (const b of values) expect(not3(all3([a, b]))).toBe(any3([not3(a), not3(b)]));
  });
});

describe('a fact several registries give (a list on the left)', () => {
  const kinds = ['illness', 'utilityCutoff'];
  it('matches == and in when any value does, != and notIn when none does', () => {
    expect(compareValues(kinds, '==', 'illness')).toBe(true);
    expect(compareValues(kinds, '!=', 'illness')).toBe(false);
    expect(compareValues(kinds, '==', 'abuse')).toBe(false);
    expect(compareValues(kinds, '!=', 'abuse')).toBe(true);
    expect(compareValues(kinds, 'in', ['earnerLoss', 'illness'])).toBe(true);
    expect(compareValues(kinds, 'notIn', ['earnerLoss', 'illness'])).toBe(false);
    expect(compareValues(kinds, 'in', ['abuse'])).toBe(false);
    expect(compareValues(kinds, 'notIn', ['abuse'])).toBe(true);
    expect(compareValues(kinds, 'contains', 'utilityCutoff')).toBe(true);
    expect(() => compareValues(kinds, '>=', 1)).toThrow(/needs numbers/);
  });
  it('reads a person with an illness and a power cut-off as in crisis for illness', () => {
    const snapshot = caseSnapshot({
      date: '2026-03-01',
      household: { members: [{ facts: { crisis: { kind: kinds } } }] },
    });
    const illness = someMember(
      t('crisis'),
      cmp(t('crisis kind'), fact('crisis', 'kind'), 'in', lit(['illness', 'earnerLoss'])),
    );
    const e = explainCriterion(illness, ctxOf(snapshot));
    expect(e.outcome).toBe('eligible');
    expect(compileCriterion(illness)(ctxOf(snapshot))).toBe('eligible');
    const abuse = someMember(t('crisis'), cmp(t('crisis kind'), fact('crisis', 'kind'), '==', lit('abuse')));
    expect(explainCriterion(abuse, ctxOf(snapshot)).outcome).toBe('ineligible');
  });
});

describe('explanation', () => {
  const threshold = cmp(
    t('income under threshold'),
    v('household.incomeRecognized.nblss'),
    '<=',
    param('nblss.threshold.livelihood', { by: 'household.size' }),
  );
  it('shows the actual value with its breakdown, the threshold with the median it came from, and sources', () => {
    const e = explainCriterion(
      threshold,
      ctxOf(
        caseSnapshot({ date: '2026-03-01', household: { members: [{ income: { earned: 1_000_000 } }] } }),
      ),
    );
    expect(e.outcome).toBe('eligible');
    expect(e.actual?.value).toBe(700_000);
    expect(e.actual?.detail?.find((d) => d.label.en === 'earned-income deduction')?.value).toBe(300_000);
    expect(e.threshold?.value).toBe(820_556);
    expect(e.threshold?.detail?.[0]).toMatchObject({ value: 2_564_238 });
    expect(e.params?.map((p) => p.id)).toEqual(
      expect.arrayContaining(['nblss.threshold.livelihood', 'median.income', 'nblss.conversionRate']),
    );
    expect(e.params?.find((p) => p.id === 'median.income')?.sources[0]?.title).toContain('2025-135');
  });
  it('names every member whose data is missing instead of failing or passing', () => {
    const e = explainCriterion(
      threshold,
      ctxOf(
        caseSnapshot({
          date: '2026-03-01',
          household: { members: [{}, { income: null }, { assets: null }] },
        }),
      ),
    );
    expect(e.outcome).toBe('undetermined');
    expect(collectMissing(e).map((m) => `${m.dataType}:${m.personId}`)).toEqual(['income:p2', 'asset:p3']);
  });
});

// Random criteria over the core variables, and random households: explainer and compiled evaluator must agree.
const leaf: fc.Arbitrary<Criterion> = fc.oneof(
  fc
    .integer({ min: 0, max: 3_000_000 })
    .map((n) => cmp(t('income'), v('household.incomeRecognized.nblss'), '<=', lit(n))),
  fc.constant(
    cmp(
      t('threshold'),
      v('household.incomeRecognized.nblss'),
      '<=',
      param('nblss.threshold.medical', { by: 'household.size' }),
    ),
  ),
  fc.integer({ min: 1, max: 6 }).map((n) => cmp(t('size'), v('household.size'), '>=', lit(n))),
  fc
    .integer({ min: 0, max: 90 })
    .map((n) => someMember(t('someone old'), cmp(t('age'), v('person.age'), '>=', lit(n)))),
  fc.constant(
    someMember(t('disabled'), cmp(t('severity'), fact('disability', 'severity'), '==', lit('severe'))),
  ),
  fc.constant(someMember(t('crisis'), cmp(t('crisis'), fact('crisis'), '==', lit(true)))),
  fc.constant(cmp(t('financial'), v('household.financialAssets'), '<', lit(10_000_000))),
);
const criterion: fc.Arbitrary<Criterion> = fc.letrec<{ c: Criterion }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((of) => all(undefined, ...of)),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((of) => any(undefined, ...of)),
    tie('c').map((c) => not(t('not'), c)),
  ),
})).c;

const member = fc.record({
  age: fc.integer({ min: 0, max: 95 }),
  income: fc.option(
    fc.record({
      earned: fc.integer({ min: 0, max: 5_000_000 }),
      pension: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    { nil: null, freq: 5 },
  ),
  assets: fc.option(
    fc.record({
      financial: fc.integer({ min: 0, max: 50_000_000 }),
      car: fc.integer({ min: 0, max: 5_000_000 }),
    }),
    { nil: null, freq: 5 },
  ),
  facts: fc.record(
    {
      disability: fc.record({ severity: fc.constantFrom('severe' as const, 'mild' as const) }),
      crisis: fc.record({ kind: fc.constant('illness' as const) }),
    },
    { requiredKeys: [] },
  ),
});

describe('compiled evaluator', () => {
  it('agrees exactly with the explainer on random criteria and households', () => {
    fc.assert(
      fc.property(
        criterion,
        fc.array(member, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('11110', '41820', '26350'),
        (c, members, regionCode) => {
          const snapshot = caseSnapshot({ date: '2026-04-01', household: { regionCode, members } });
          expect(compileCriterion(c)(ctxOf(snapshot))).toBe(explainCriterion(c, ctxOf(snapshot)).outcome);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
