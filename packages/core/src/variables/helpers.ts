import { type ComputeContext, MissingData } from '../criteria/context.js';
import type { Missing } from '../criteria/types.js';
import type { MemberSnapshot } from '../domain/snapshot.js';

export function missingIncome(m: MemberSnapshot): Missing {
  return {
    dataType: 'income',
    personId: m.personId,
    what: { ko: `${m.name ?? m.personId}의 소득 자료`, en: `income data of ${m.name ?? m.personId}` },
  };
}

export function missingAssets(m: MemberSnapshot): Missing {
  return {
    dataType: 'asset',
    personId: m.personId,
    what: { ko: `${m.name ?? m.personId}의 재산 자료`, en: `asset data of ${m.name ?? m.personId}` },
  };
}

/** Income and assets of the given members, or `MissingData` naming every member whose data is absent. */
export function requireMeans(members: MemberSnapshot[], needs: { income?: boolean; assets?: boolean } = {}) {
  const { income = true, assets = true } = needs;
  const missing: Missing[] = [];
  for (const m of members) {
    if (income && m.incomes === null) missing.push(missingIncome(m));
    if (assets && m.assets === null) missing.push(missingAssets(m));
  }
  if (missing.length) throw new MissingData(missing);
  return members.map((m) => ({ incomes: m.incomes ?? [], assets: m.assets ?? [] }));
}

/** The subject and the subject's spouse if one lives in the household (the pension "couple" unit). */
export function spouseOf(ctx: ComputeContext, subject: MemberSnapshot): MemberSnapshot | undefined {
  const members = ctx.snapshot.members;
  if (subject.relation === 'head') return members.find((m) => m.relation === 'spouse');
  if (subject.relation === 'spouse') return members.find((m) => m.relation === 'head');
  return undefined;
}
