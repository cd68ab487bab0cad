import {
  ageAt,
  buildSnapshot,
  factKinds,
  type LinkedRecord,
  LinkedRecordInput,
  listRegions,
  MembershipStart,
  PersonInput,
  Residence,
  z,
} from '@bokji/core';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_SIZE_SHARES } from './distributions.js';
import { generateHousehold, generatePopulation, type SyntheticHousehold } from './generate.js';
import { isSyntheticRrn } from './rrn.js';

const referenceDate = '2026-03-15';
const big: SyntheticHousehold[] = [
  ...generatePopulation({ seed: 20260315, households: 20_000, referenceDate }),
];
const sample = big.slice(0, 500);

function ageOf(h: SyntheticHousehold, personId: string): number {
  const p = h.people.find((x) => x.id === personId)!;
  return ageAt(p.birthDate, h.referenceDate);
}

describe('determinism', () => {
  it('gives identical output for the same seed and different output for another', () => {
    const a = [...generatePopulation({ seed: 'det', households: 300, referenceDate })];
    const b = [...generatePopulation({ seed: 'det', households: 300, referenceDate })];
    const c = [...generatePopulation({ seed: 'det2', households: 300, referenceDate })];
    expect(b).toEqual(a);
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
    const idsA = new Set(a.flatMap((h) => [h.household.id, ...h.people.map((p) => p.id)]));
    expect(c.some((h) => idsA.has(h.household.id) || h.people.some((p) => idsA.has(p.id)))).toBe(false);
    const sizesA = a.map((h) => h.people.length).join();
    expect(c.map((h) => h.people.length).join()).not.toBe(sizesA);
  });

  it('makes household N independent of where generation starts', () => {
    const all = [...generatePopulation({ seed: 9, households: 100, referenceDate })];
    const chunk = [...generatePopulation({ seed: 9, households: 40, startIndex: 60, referenceDate })];
    expect(chunk).toEqual(all.slice(60));
    expect(chunk.map((h) => h.index)).toEqual(Array.from({ length: 40 }, (_, i) => 60 + i));
    expect(generateHousehold({ seed: 9, index: 77, referenceDate })).toEqual(all[77]);
  });

  it('streams lazily: a million-household population yields its first household at once', () => {
    const it = generatePopulation({ seed: 1, households: 1_000_000, referenceDate });
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(generateHousehold({ seed: 1, index: 0, referenceDate }));
    it.return();
  });

  it('rejects bad options', () => {
    expect(() => [...generatePopulation({ seed: 1, households: -1, referenceDate })]).toThrow();
    expect(() => [
      ...generatePopulation({ seed: 1, households: 1, startIndex: 1.5, referenceDate }),
    ]).toThrow();
    expect(() => [...generatePopulation({ seed: 1, households: 1, referenceDate: '2026-02-30' })]).toThrow();
  });
});

describe('schema validity (500 households)', () => {
  const uuid = z.string().uuid();
  it('validates against core schemas', () => {
    for (const h of sample) {
      expect(uuid.safeParse(h.household.id).success).toBe(true);
      Residence.parse(h.household.residence);
      for (const p of h.people) {
        expect(uuid.safeParse(p.id).success).toBe(true);
        const { id: _id, deathDate, ...input } = p;
        expect(deathDate).toBeNull();
        const parsed = PersonInput.parse(input);
        expect(parsed.rrn).toBe(p.rrn);
      }
      for (const m of h.memberships) MembershipStart.parse(m);
      for (const r of h.records) {
        const { personId: _p, ...input } = r;
        const result = LinkedRecordInput.safeParse(input);
        if (!result.success) throw new Error(`${JSON.stringify(input)}: ${result.error.message}`);
        if (r.category === 'fact') expect(factKinds[r.kind].value.safeParse(r.value).success).toBe(true);
      }
    }
  });

  it('keeps records, memberships and dates consistent with the household', () => {
    const regionCodes = new Set(listRegions().map((r) => r.code));
    for (const h of sample) {
      const ids = new Set(h.people.map((p) => p.id));
      expect(regionCodes.has(h.household.residence.regionCode)).toBe(true);
      expect(h.household.residence.address).toMatch(/가상로 \d+/);
      expect(h.memberships.map((m) => m.personId)).toEqual(h.people.map((p) => p.id));
      const keys = new Set<string>();
      for (const r of h.records) {
        expect(ids.has(r.personId)).toBe(true);
        expect(r.periodFrom <= h.referenceDate).toBe(true);
        const key = `${r.personId}|${r.category}|${r.kind}|${r.dataType}`;
        expect(keys.has(key)).toBe(false); // one record per (person, category, kind, dataType)
        keys.add(key);
      }
      for (const m of h.memberships) {
        const p = h.people.find((x) => x.id === m.personId)!;
        expect(m.effectiveFrom <= h.referenceDate).toBe(true);
        expect(m.effectiveFrom >= p.birthDate).toBe(true);
        if (m.reason === 'birth') expect(m.effectiveFrom).toBe(p.birthDate);
      }
    }
  });

  it('builds a core snapshot in which every member has known income and assets', () => {
    for (const h of sample) {
      const snapshot = buildSnapshot({
        householdId: h.household.id,
        date: h.referenceDate,
        residence: h.household.residence,
        memberships: h.memberships.map((m) => ({ ...m, effectiveTo: null })),
        people: h.people,
        records: h.records.map(
          (r, i) => ({ ...r, id: String(i), receivedAt: h.referenceDate }) as LinkedRecord,
        ),
      });
      expect(snapshot.members).toHaveLength(h.people.length);
      for (const m of snapshot.members) {
        expect(m.incomes).not.toBeNull();
        expect(m.assets).not.toBeNull();
      }
    }
  });
});

describe('population shape (20,000 households)', () => {
  it('has unique ids', () => {
    const ids = new Set<string>();
    let n = 0;
    for (const h of big) {
      ids.add(h.household.id);
      n++;
      for (const p of h.people) {
        ids.add(p.id);
        n++;
      }
    }
    expect(ids.size).toBe(n);
  });

  it('matches the household-size targets within 1.5 points', () => {
    const counts = { 1: 0, 2: 0, 3: 0, 4: 0, '5+': 0 };
    for (const h of big) counts[h.people.length >= 5 ? '5+' : (h.people.length as 1 | 2 | 3 | 4)]++;
    for (const [size, target] of Object.entries(HOUSEHOLD_SIZE_SHARES)) {
      expect(Math.abs(counts[size as keyof typeof counts] / big.length - target)).toBeLessThan(0.015);
    }
    expect(Math.max(...big.map((h) => h.people.length))).toBeLessThanOrEqual(7);
  });

  it('has consistent relations and ages', () => {
    let elderlySingles = 0;
    let loneParents = 0;
    let grandparentHouseholds = 0;
    for (const h of big) {
      const heads = h.memberships.filter((m) => m.relation === 'head');
      expect(heads).toHaveLength(1);
      expect(h.memberships[0]!.relation).toBe('head');
      const head = h.people[0]!;
      const headAge = ageOf(h, head.id);
      expect(headAge).toBeGreaterThanOrEqual(18);
      const spouses = h.memberships.filter((m) => m.relation === 'spouse');
      expect(spouses.length).toBeLessThanOrEqual(1);
      const spouse = spouses[0] && h.people.find((p) => p.id === spouses[0]!.personId)!;
      if (spouse) {
        expect(spouse.sex).not.toBe(head.sex);
        expect(ageOf(h, spouse.id)).toBeGreaterThanOrEqual(19);
      }
      const children = h.memberships.filter((m) => m.relation === 'child');
      for (const m of children) {
        const child = h.people.find((p) => p.id === m.personId)!;
        expect(child.birthDate > head.birthDate).toBe(true);
        expect(headAge - ageOf(h, child.id)).toBeGreaterThanOrEqual(17);
        if (spouse) expect(ageOf(h, spouse.id) - ageOf(h, child.id)).toBeGreaterThanOrEqual(17);
      }
      for (const m of h.memberships.filter((x) => x.relation === 'grandchild')) {
        expect(headAge - ageOf(h, m.personId)).toBeGreaterThanOrEqual(36);
      }
      for (const m of h.memberships.filter((x) => x.relation === 'parent' || x.relation === 'parentInLaw')) {
        expect(ageOf(h, m.personId) - headAge).toBeGreaterThanOrEqual(15);
      }
      if (h.people.length === 1 && headAge >= 65) elderlySingles++;
      if (!spouse && children.length > 0) loneParents++;
      if (h.memberships.some((m) => m.relation === 'grandchild')) grandparentHouseholds++;
    }
    expect(elderlySingles / big.length).toBeGreaterThan(0.07);
    expect(loneParents / big.length).toBeGreaterThan(0.05);
    expect(grandparentHouseholds).toBeGreaterThan(0);
  });

  it('gives every person a unique synthetic RRN matching birth date, sex and registration type', () => {
    const rrns = new Set<string>();
    const cells = new Map<string, number>();
    let people = 0;
    for (const h of big) {
      for (const p of h.people) {
        people++;
        rrns.add(p.rrn);
        const cell = p.rrn.slice(0, 8);
        cells.set(cell, (cells.get(cell) ?? 0) + 1);
      }
      for (const p of h.people) {
        expect(isSyntheticRrn(p.rrn, { birthDate: p.birthDate, sex: p.sex })).toBe(true);
        const g = Number(p.rrn[7]);
        expect(g >= 5 && g <= 8).toBe(p.nationality !== 'KR');
      }
    }
    expect(rrns.size).toBe(people);
    // Many people share a birth date and sex digit, and still get distinct numbers.
    expect([...cells.values()].filter((n) => n > 1).length).toBeGreaterThan(1000);
  });

  it('keeps RRNs unique between far-apart chunks of a large population', () => {
    const rrns = new Set<string>();
    let people = 0;
    for (const start of [0, 1_000_000, 36_000_000]) {
      for (const h of generatePopulation({
        seed: 'far',
        households: 3000,
        startIndex: start,
        referenceDate,
      })) {
        for (const p of h.people) {
          people++;
          rrns.add(p.rrn);
        }
      }
    }
    expect(rrns.size).toBe(people);
  });

  it('gives every member income and asset data; children have a zero earned-income record', () => {
    for (const h of big) {
      for (const p of h.people) {
        const own = h.records.filter((r) => r.personId === p.id);
        expect(own.some((r) => r.category === 'income')).toBe(true);
        expect(own.some((r) => r.category === 'asset')).toBe(true);
        if (ageAt(p.birthDate, h.referenceDate) < 19) {
          const earned = own.find((r) => r.category === 'income' && r.kind === 'earned');
          expect(earned).toMatchObject({ amountKrw: 0, sourceAgency: 'NTS' });
        }
      }
    }
  });

  it('keeps tenure, rents and home ownership consistent', () => {
    for (const h of big) {
      const r = h.household.residence;
      const residential = h.records.filter((x) => x.category === 'asset' && x.kind === 'residential');
      if (r.tenure === 'monthlyRent' || r.tenure === 'publicRental') {
        expect(r.monthlyRentKrw).toBeGreaterThan(0);
        expect(r.depositKrw).toBeDefined();
      } else {
        expect(r.monthlyRentKrw).toBeUndefined();
      }
      if (r.tenure === 'jeonse') expect(r.depositKrw).toBeGreaterThan(0);
      if (r.tenure === 'owner') {
        expect(residential.map((x) => x.dataType)).toEqual(['molit.building']);
        expect(h.records.some((x) => x.category === 'fact' && x.kind === 'homeOwner')).toBe(true);
      } else {
        expect(residential.every((x) => x.dataType === 'molit.lease-deposit')).toBe(true);
      }
    }
  });

  it('puts facts only on plausible people and in realistic proportions', () => {
    let people = 0;
    let elderly = 0;
    const counts: Record<string, number> = {};
    let ltc = 0;
    for (const h of big) {
      const byId = new Map(h.people.map((p) => [p.id, p]));
      for (const p of h.people) {
        people++;
        if (ageAt(p.birthDate, h.referenceDate) >= 65) elderly++;
      }
      const migrants = h.people.filter((p) => p.residencyStatus === 'marriageMigrant');
      for (const m of migrants)
        expect(h.memberships.find((x) => x.personId === m.id)!.relation).toMatch(/^(head|spouse)$/);
      if (migrants.length > 0) {
        expect(
          h.records.filter((r) => r.category === 'fact' && r.kind === 'multiculturalFamily'),
        ).toHaveLength(h.people.length);
      }
      const children = h.memberships
        .filter((m) => m.relation === 'child')
        .map((m) => byId.get(m.personId)!)
        .sort((a, b) => a.birthDate.localeCompare(b.birthDate));
      for (const r of h.records) {
        if (r.category !== 'fact') continue;
        counts[r.kind] = (counts[r.kind] ?? 0) + 1;
        const p = byId.get(r.personId)!;
        const age = ageAt(p.birthDate, h.referenceDate);
        switch (r.kind) {
          case 'student': {
            const expected =
              age >= 19
                ? 'university'
                : age >= 16
                  ? 'high'
                  : age >= 13
                    ? 'middle'
                    : age >= 7
                      ? 'elementary'
                      : 'none';
            expect(r.value.level).toBe(expected);
            break;
          }
          case 'longTermCareGrade':
            expect(age).toBeGreaterThanOrEqual(65);
            ltc++;
            break;
          case 'pregnancy':
            expect(p.sex).toBe('F');
            expect(age >= 20 && age <= 44).toBe(true);
            expect(r.value.dueDate! > h.referenceDate).toBe(true);
            break;
          case 'birthOrder':
            if (h.memberships.find((m) => m.personId === p.id)!.relation === 'child') {
              expect(children.indexOf(p) + 1).toBe(r.value.order);
            }
            break;
          case 'singleParentFamily':
            expect(h.memberships.some((m) => m.relation === 'spouse')).toBe(false);
            expect(h.memberships.find((m) => m.personId === p.id)!.relation).toBe('head');
            break;
          case 'jobSeeker':
            expect(age >= 19 && age < 65).toBe(true);
            break;
          case 'daycareUse':
            expect(age).toBeLessThanOrEqual(5);
            break;
        }
      }
    }
    const share = (k: string) => (counts[k] ?? 0) / people;
    expect(share('disability')).toBeGreaterThan(0.03);
    expect(share('disability')).toBeLessThan(0.07);
    expect(ltc / elderly).toBeGreaterThan(0.05);
    expect(ltc / elderly).toBeLessThan(0.2);
    expect(share('veteran')).toBeGreaterThan(0.005);
    expect(share('veteran')).toBeLessThan(0.03);
    expect(share('pregnancy')).toBeGreaterThan(0.001);
    expect(share('pregnancy')).toBeLessThan(0.01);
    expect(counts.multiculturalFamily).toBeGreaterThan(0);
    for (const k of [
      'jobSeeker',
      'student',
      'singleParentFamily',
      'birthOrder',
      'veteran',
      'northKoreanDefector',
    ]) {
      expect(counts[k], k).toBeGreaterThan(0);
    }
    const foreign =
      big.reduce((s, h) => s + h.people.filter((p) => p.nationality !== 'KR').length, 0) / people;
    expect(foreign).toBeGreaterThan(0.001);
    expect(foreign).toBeLessThan(0.02);
  });

  it('uses realistic source agencies (catalogue codes) and data types', () => {
    const agencies = new Set(big.slice(0, 2000).flatMap((h) => h.records.map((r) => r.sourceAgency)));
    for (const a of ['NTS', 'NPS', 'SSIS', 'MOLIT', 'FIN', 'MOHW', 'LOCAL'])
      expect(agencies.has(a)).toBe(true);
    for (const h of sample) for (const r of h.records) expect(r.dataType).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });
});
