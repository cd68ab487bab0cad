import type { ComputeContext, VariableDefinition } from '../criteria/context.js';
import { MissingData } from '../criteria/context.js';
import { nblssIncomeRecognized } from '../income/nblss.js';
import { findRegion } from '../regions.js';
import { requireMeans } from './helpers.js';

const krwLine = (ko: string, en: string, value: number) => ({ label: { ko, en }, value });

function region(ctx: ComputeContext) {
  const r = findRegion(ctx.snapshot.residence.regionCode);
  if (!r) {
    throw new MissingData([
      {
        dataType: 'region',
        what: {
          ko: `시군구 코드 ${ctx.snapshot.residence.regionCode}의 지역 구분`,
          en: `regional class of 시군구 code ${ctx.snapshot.residence.regionCode}`,
        },
      },
    ]);
  }
  return r;
}

function nblss(ctx: ComputeContext) {
  const r = region(ctx);
  return nblssIncomeRecognized(requireMeans(ctx.snapshot.members), {
    earnedIncomeDeductionRate: ctx.param('nblss.earnedIncomeDeductionRate'),
    conversionRate: {
      residential: ctx.param('nblss.conversionRate', 'residential'),
      general: ctx.param('nblss.conversionRate', 'general'),
      financial: ctx.param('nblss.conversionRate', 'financial'),
      car: ctx.param('nblss.conversionRate', 'car'),
    },
    basicPropertyDeduction: ctx.param('nblss.basicPropertyDeduction', r.nblssArea),
    residentialCap: ctx.param('nblss.residentialCap', r.nblssArea),
    financialDeduction: ctx.param('nblss.financialDeduction'),
  });
}

export const householdVariables: VariableDefinition[] = [
  {
    id: 'household.size',
    entity: 'household',
    label: { ko: '가구원 수', en: 'household size' },
    unit: 'count',
    compute: (ctx) => ctx.snapshot.members.length,
  },
  {
    id: 'household.nblssArea',
    entity: 'household',
    label: { ko: '기본재산액 지역 구분', en: 'basic-deduction area' },
    unit: 'code',
    compute: (ctx) => region(ctx).nblssArea,
  },
  {
    id: 'household.cityClass',
    entity: 'household',
    label: { ko: '대도시·중소도시·농어촌 구분', en: 'city class (metro / small city / rural)' },
    unit: 'code',
    compute: (ctx) => region(ctx).cityClass,
  },
  {
    id: 'household.housingTier',
    entity: 'household',
    label: { ko: '주거급여 급지', en: 'housing-benefit region tier' },
    unit: 'code',
    compute: (ctx) => `tier${region(ctx).housingTier}`,
  },
  {
    id: 'household.tenure',
    entity: 'household',
    label: { ko: '주거 점유형태', en: 'housing tenure' },
    unit: 'code',
    compute: (ctx) => ctx.snapshot.residence.tenure,
  },
  {
    id: 'household.monthlyRent',
    entity: 'household',
    label: { ko: '월 임차료', en: 'monthly rent' },
    unit: 'krw/month',
    compute: (ctx) => {
      const rent = ctx.snapshot.residence.monthlyRentKrw;
      if (rent === undefined) {
        throw new MissingData([{ dataType: 'rent', what: { ko: '월 임차료', en: 'monthly rent' } }]);
      }
      return rent;
    },
  },
  {
    id: 'household.medianIncome',
    entity: 'household',
    label: { ko: '가구원 수별 기준 중위소득', en: 'standard median income for the household size' },
    unit: 'krw/month',
    compute: (ctx) => ctx.param('median.income', ctx.snapshot.members.length),
  },
  {
    id: 'household.monthlyIncome',
    entity: 'household',
    label: { ko: '가구 월 소득 (실제소득 합계)', en: 'household monthly income (actual)' },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans(ctx.snapshot.members, { assets: false }).reduce(
        (sum, m) => sum + m.incomes.reduce((s, i) => s + i.monthlyKrw, 0),
        0,
      ),
  },
  {
    id: 'household.deposit',
    entity: 'household',
    label: { ko: '임차보증금', en: 'rental deposit' },
    unit: 'krw',
    compute: (ctx) => {
      const deposit = ctx.snapshot.residence.depositKrw;
      if (deposit === undefined) {
        throw new MissingData([{ dataType: 'deposit', what: { ko: '임차보증금', en: 'rental deposit' } }]);
      }
      return deposit;
    },
  },
  {
    id: 'household.totalAssets',
    entity: 'household',
    label: { ko: '가구 재산 합계 (부채 차감 전)', en: 'household assets before debt' },
    unit: 'krw',
    compute: (ctx) => {
      let total = 0;
      for (const m of requireMeans(ctx.snapshot.members, { income: false })) {
        for (const a of m.assets) if (a.kind !== 'debt') total += a.valueKrw;
      }
      return total;
    },
  },
  {
    // 부부합산 소득 (근로·자녀장려금, 주택도시기금 대출): only the head and spouse count, so a
    // missing income of another member does not block it.
    id: 'household.coupleIncome',
    entity: 'household',
    label: {
      ko: '부부합산 월 소득 (가구주·배우자 실제소득 합계)',
      en: 'couple’s monthly income (head and spouse, actual)',
    },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans(
        ctx.snapshot.members.filter((m) => m.relation === 'head' || m.relation === 'spouse'),
        { assets: false },
      ).reduce((sum, m) => sum + m.incomes.reduce((s, i) => s + i.monthlyKrw, 0), 0),
  },
  {
    id: 'household.earnedAndBusinessIncome',
    entity: 'household',
    label: { ko: '가구 월 근로·사업소득', en: 'household monthly earned and business income' },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans(ctx.snapshot.members, { assets: false }).reduce(
        (sum, m) =>
          sum +
          m.incomes
            .filter((i) => i.kind === 'earned' || i.kind === 'business')
            .reduce((s, i) => s + i.monthlyKrw, 0),
        0,
      ),
  },
  {
    id: 'household.incomeExcludingPrivateTransfers',
    entity: 'household',
    label: {
      ko: '가구 월 소득 (근로·사업·재산·공적이전·연금; 사적이전·기타 제외)',
      en: 'household monthly income (earned, business, property, public transfers, pensions; private transfers and other excluded)',
    },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans(ctx.snapshot.members, { assets: false }).reduce(
        (sum, m) =>
          sum +
          m.incomes
            .filter((i) => i.kind !== 'privateTransfer' && i.kind !== 'other')
            .reduce((s, i) => s + i.monthlyKrw, 0),
        0,
      ),
  },
  {
    id: 'household.propertyAssets',
    entity: 'household',
    label: {
      ko: '가구 재산 (주거용·일반재산·자동차, 금융재산 제외)',
      en: 'household property (residential, general, cars; no financial assets)',
    },
    unit: 'krw',
    compute: (ctx) => {
      let total = 0;
      for (const m of requireMeans(ctx.snapshot.members, { income: false })) {
        for (const a of m.assets)
          if (a.kind === 'residential' || a.kind === 'general' || a.kind === 'car') total += a.valueKrw;
      }
      return total;
    },
  },
  {
    id: 'household.debt',
    entity: 'household',
    label: { ko: '가구 부채', en: 'household debt' },
    unit: 'krw',
    compute: (ctx) => {
      let total = 0;
      for (const m of requireMeans(ctx.snapshot.members, { income: false })) {
        for (const a of m.assets) if (a.kind === 'debt') total += a.valueKrw;
      }
      return total;
    },
  },
  {
    id: 'household.netAssets',
    entity: 'household',
    label: { ko: '가구 순재산 (재산 − 부채)', en: 'household net assets (assets − debt)' },
    unit: 'krw',
    compute: (ctx) => {
      let total = 0;
      for (const m of requireMeans(ctx.snapshot.members, { income: false })) {
        for (const a of m.assets) total += a.kind === 'debt' ? -a.valueKrw : a.valueKrw;
      }
      return total;
    },
  },
  {
    // 부부합산 순자산 (주택도시기금 대출): only the head's and spouse's assets and debts count.
    id: 'household.coupleNetAssets',
    entity: 'household',
    label: {
      ko: '부부합산 순자산 (가구주·배우자 재산 − 부채)',
      en: 'couple’s net assets (head and spouse, assets − debt)',
    },
    unit: 'krw',
    compute: (ctx) => {
      let total = 0;
      const couple = ctx.snapshot.members.filter((m) => m.relation === 'head' || m.relation === 'spouse');
      for (const m of requireMeans(couple, { income: false })) {
        for (const a of m.assets) total += a.kind === 'debt' ? -a.valueKrw : a.valueKrw;
      }
      return total;
    },
  },
  {
    id: 'household.financialAssets',
    entity: 'household',
    label: { ko: '가구 금융재산', en: 'household financial assets' },
    unit: 'krw',
    compute: (ctx) => {
      let total = 0;
      for (const m of requireMeans(ctx.snapshot.members, { income: false })) {
        for (const a of m.assets) if (a.kind === 'financial') total += a.valueKrw;
      }
      return total;
    },
  },
  {
    id: 'household.incomeRecognized.nblss',
    entity: 'household',
    label: { ko: '가구 소득인정액 (기초생활보장)', en: 'household income-recognized amount (NBLSS)' },
    unit: 'krw/month',
    compute: (ctx) => {
      const b = nblss(ctx);
      return {
        value: b.incomeRecognized,
        detail: [
          krwLine('실제소득', 'actual income', b.actualIncome),
          krwLine('근로소득 공제', 'earned-income deduction', b.earnedIncomeDeduction),
          krwLine('소득평가액', 'income evaluation', b.incomeEvaluation),
          krwLine(
            '공제 후 주거용재산',
            'residential property after deductions',
            b.residentialAfterDeductions,
          ),
          krwLine('공제 후 일반재산', 'general property after deductions', b.generalAfterDeductions),
          krwLine('공제 후 금융재산', 'financial assets after deductions', b.financialAfterDeductions),
          krwLine('자동차', 'cars', b.carValue),
          krwLine('부채', 'debt', b.debt),
          krwLine('재산의 소득환산액', 'property converted to income', b.propertyConversion),
          krwLine('소득인정액', 'income-recognized amount', b.incomeRecognized),
        ],
      };
    },
  },
];
