import type { AssetKind, IncomeKind } from '../domain/records.js';
import type { HouseholdSnapshot, MemberSnapshot } from '../domain/snapshot.js';
import type { CaseMember, ProgramCase } from './define.js';

function shift(date: string, years: number, months = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - years * 12 - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

function birthDateOf(m: CaseMember, date: string): string {
  if (m.birthDate) return m.birthDate;
  if (m.ageMonths !== undefined) return shift(date, 0, m.ageMonths);
  return shift(date, m.age ?? 40);
}

/**
 * Turns a case's concise household description into a snapshot: members get ids `p1`, `p2`, …;
 * income and assets default to "known, none"; `null` means the data is absent.
 */
export function caseSnapshot(c: Pick<ProgramCase, 'date' | 'household'>): HouseholdSnapshot {
  const members: MemberSnapshot[] = c.household.members.map((m, i) => ({
    personId: `p${i + 1}`,
    name: `가구원${i + 1}`,
    relation: m.relation ?? (i === 0 ? 'head' : 'other'),
    birthDate: birthDateOf(m, c.date),
    sex: m.sex ?? (i % 2 === 0 ? 'F' : 'M'),
    nationality: m.nationality ?? 'KR',
    incomes:
      m.income === null
        ? null
        : Object.entries(m.income ?? {}).map(([kind, monthlyKrw]) => ({
            kind: kind as IncomeKind,
            monthlyKrw: monthlyKrw!,
          })),
    assets:
      m.assets === null
        ? null
        : Object.entries(m.assets ?? {}).map(([kind, valueKrw]) => ({
            kind: kind as AssetKind,
            valueKrw: valueKrw!,
          })),
    facts: m.facts ?? {},
  }));
  const residence: HouseholdSnapshot['residence'] = {
    regionCode: c.household.regionCode ?? '11110',
    address: '서울특별시 종로구 (가상 주소)',
    tenure: c.household.tenure ?? 'monthlyRent',
  };
  if (c.household.monthlyRentKrw !== undefined) residence.monthlyRentKrw = c.household.monthlyRentKrw;
  if (c.household.depositKrw !== undefined) residence.depositKrw = c.household.depositKrw;
  return { householdId: 'case', referenceDate: c.date, residence, members };
}

/** A case member's facts saying they receive these programs (the benefit history's `programRecipient`). */
export function recipientOf(...programIds: string[]): { programRecipient: { programs: string[] } } {
  return { programRecipient: { programs: programIds } };
}
