import type { ComputeContext, VariableDefinition } from '../criteria/context.js';
import { MissingData } from '../criteria/context.js';
import { ageAt, ageInMonths, IsoDate } from '../dates.js';
import { pensionIncomeRecognized } from '../income/pension.js';
import { requireMeans, spouseOf } from './helpers.js';

function pensionUnit(ctx: ComputeContext) {
  const subject = ctx.requireSubject();
  const spouse = spouseOf(ctx, subject);
  return spouse ? [subject, spouse] : [subject];
}

function pensionVariable(id: string, ko: string, en: string, baseDeductionParam: string): VariableDefinition {
  return {
    id,
    entity: 'person',
    label: { ko, en },
    unit: 'krw/month',
    compute: (ctx) => {
      const unit = pensionUnit(ctx);
      const cityClass = String(ctx.get('household.cityClass'));
      const b = pensionIncomeRecognized(requireMeans(unit), {
        earnedIncomeBaseDeduction: ctx.param(baseDeductionParam),
        earnedIncomeRate: ctx.param('pension.earnedIncomeRate'),
        basicPropertyDeduction: ctx.param('pension.basicPropertyDeduction', cityClass),
        financialDeduction: ctx.param('pension.financialDeduction'),
        propertyConversionRateAnnual: ctx.param('pension.propertyConversionRateAnnual'),
      });
      const line = (ko: string, en: string, value: number) => ({ label: { ko, en }, value });
      return {
        value: b.incomeRecognized,
        detail: [
          line('평가 근로소득', 'earned income as evaluated', b.earnedIncomeEvaluated),
          line('기타 소득', 'other income', b.otherIncome),
          line('소득평가액', 'income evaluation', b.incomeEvaluation),
          line('일반재산', 'property', b.property),
          line('금융재산', 'financial assets', b.financial),
          line('부채', 'debt', b.debt),
          line('재산의 소득환산액', 'property converted to income', b.propertyConversion),
          line(
            '소득인정액 (본인·배우자)',
            'income-recognized amount (applicant and spouse)',
            b.incomeRecognized,
          ),
        ],
      };
    },
  };
}

export const personVariables: VariableDefinition[] = [
  {
    id: 'person.age',
    entity: 'person',
    label: { ko: '만 나이', en: 'age in full years' },
    unit: 'years',
    compute: (ctx) => ageAt(ctx.requireSubject().birthDate, ctx.date),
  },
  {
    id: 'person.ageMonths',
    entity: 'person',
    label: { ko: '월령', en: 'age in months' },
    unit: 'months',
    compute: (ctx) => ageInMonths(ctx.requireSubject().birthDate, ctx.date),
  },
  {
    id: 'person.sex',
    entity: 'person',
    label: { ko: '성별', en: 'sex' },
    unit: 'code',
    compute: (ctx) => ctx.requireSubject().sex,
  },
  {
    id: 'person.nationality',
    entity: 'person',
    label: { ko: '국적', en: 'nationality' },
    unit: 'code',
    compute: (ctx) => ctx.requireSubject().nationality,
  },
  {
    id: 'person.relation',
    entity: 'person',
    label: { ko: '가구주와의 관계', en: 'relation to the head of household' },
    unit: 'code',
    compute: (ctx) => ctx.requireSubject().relation,
  },
  {
    id: 'person.hasSpouse',
    entity: 'person',
    label: { ko: '배우자 동거 여부', en: 'lives with a spouse' },
    unit: 'boolean',
    compute: (ctx) => spouseOf(ctx, ctx.requireSubject()) !== undefined,
  },
  {
    id: 'person.maritalUnit',
    entity: 'person',
    label: { ko: '단독·부부 가구 구분', en: 'single or couple' },
    unit: 'code',
    compute: (ctx) => (spouseOf(ctx, ctx.requireSubject()) ? 'couple' : 'single'),
  },
  {
    id: 'person.monthlyIncome',
    entity: 'person',
    label: { ko: '본인 월 소득', en: 'own monthly income' },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans([ctx.requireSubject()], { assets: false })[0]!.incomes.reduce(
        (s, i) => s + i.monthlyKrw,
        0,
      ),
  },
  {
    id: 'person.earnedIncome',
    entity: 'person',
    label: { ko: '본인 월 근로소득', en: 'own monthly earned income' },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans([ctx.requireSubject()], { assets: false })[0]!
        .incomes.filter((i) => i.kind === 'earned')
        .reduce((s, i) => s + i.monthlyKrw, 0),
  },
  {
    // Programs that count a person's work income as 근로·사업소득 (employment and self-employment).
    id: 'person.earnedAndBusinessIncome',
    entity: 'person',
    label: { ko: '본인 월 근로·사업소득', en: 'own monthly earned and business income' },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans([ctx.requireSubject()], { assets: false })[0]!
        .incomes.filter((i) => i.kind === 'earned' || i.kind === 'business')
        .reduce((s, i) => s + i.monthlyKrw, 0),
  },
  {
    id: 'person.childrenInHousehold',
    entity: 'person',
    label: { ko: '가구 내 자녀 수', en: 'children in the household' },
    unit: 'count',
    compute: (ctx) => {
      const subject = ctx.requireSubject();
      const childRelation =
        subject.relation === 'head' || subject.relation === 'spouse' ? 'child' : undefined;
      if (!childRelation) {
        throw new MissingData([
          {
            dataType: 'relation',
            personId: subject.personId,
            what: {
              ko: '가구주·배우자가 아닌 사람의 자녀 관계',
              en: 'children of a member who is not head or spouse',
            },
          },
        ]);
      }
      return ctx.snapshot.members.filter((m) => m.relation === childRelation).length;
    },
  },
  {
    id: 'person.birthYear',
    entity: 'person',
    label: { ko: '출생 연도', en: 'year of birth' },
    unit: 'years',
    compute: (ctx) => Number(ctx.requireSubject().birthDate.slice(0, 4)),
  },
  {
    id: 'person.spouseAge',
    entity: 'person',
    label: { ko: '배우자 만 나이', en: 'age of the spouse' },
    unit: 'years',
    compute: (ctx) => {
      const subject = ctx.requireSubject();
      const spouse = spouseOf(ctx, subject);
      if (!spouse) {
        throw new MissingData([
          {
            dataType: 'spouse',
            personId: subject.personId,
            what: { ko: '가구 내 배우자 (없음)', en: 'a spouse in the household (none)' },
          },
        ]);
      }
      return ageAt(spouse.birthDate, ctx.date);
    },
  },
  {
    id: 'person.pensionIncome',
    entity: 'person',
    label: { ko: '본인 월 연금소득', en: 'own monthly pension income' },
    unit: 'krw/month',
    compute: (ctx) =>
      requireMeans([ctx.requireSubject()], { assets: false })[0]!
        .incomes.filter((i) => i.kind === 'pension')
        .reduce((s, i) => s + i.monthlyKrw, 0),
  },
  {
    id: 'person.coupleOccupationalPension',
    entity: 'person',
    label: {
      ko: '본인 또는 배우자의 직역연금 수급',
      en: 'applicant or spouse receives an occupational pension',
    },
    unit: 'boolean',
    compute: (ctx) => pensionUnit(ctx).some((m) => m.facts.occupationalPension !== undefined),
  },
  {
    // Periods counted from the leaving-care date (보호종료일), e.g. "보호종료 5년 이내".
    id: 'person.monthsSinceLeftCare',
    entity: 'person',
    label: { ko: '보호종료 후 경과 개월 수', en: 'full months since leaving care' },
    unit: 'months',
    compute: (ctx) => {
      const subject = ctx.requireSubject();
      const leftCareOn = subject.facts.fosterCare?.leftCareOn;
      if (!leftCareOn || !IsoDate.safeParse(leftCareOn).success) {
        throw new MissingData([
          {
            dataType: 'fact:fosterCare',
            personId: subject.personId,
            what: {
              ko: `${subject.name ?? subject.personId}의 보호종료일 (아동보호 기록)`,
              en: `leaving-care date of ${subject.name ?? subject.personId} (child-protection records)`,
            },
          },
        ]);
      }
      return ageInMonths(leftCareOn, ctx.date);
    },
  },
  {
    id: 'person.parentHouseholdSize',
    entity: 'person',
    label: { ko: '원가구(부모) 가구원 수', en: 'size of the parents’ household' },
    unit: 'count',
    compute: (ctx) => {
      const subject = ctx.requireSubject();
      const parents = subject.facts.parentHousehold;
      if (!parents) {
        throw new MissingData([
          {
            dataType: 'fact:parentHousehold',
            personId: subject.personId,
            what: {
              ko: `${subject.name ?? subject.personId}의 원가구(부모) 소득·재산`,
              en: `parents’ household income and assets of ${subject.name ?? subject.personId}`,
            },
          },
        ]);
      }
      return parents.size;
    },
  },
  pensionVariable(
    'person.incomeRecognized.basicPension',
    '소득인정액 (기초연금, 본인·배우자)',
    'income-recognized amount (Basic Pension, applicant and spouse)',
    'basicPension.earnedIncomeBaseDeduction',
  ),
  pensionVariable(
    'person.incomeRecognized.disabilityPension',
    '소득인정액 (장애인연금, 본인·배우자)',
    'income-recognized amount (Disability Pension, applicant and spouse)',
    'disabilityPension.earnedIncomeBaseDeduction',
  ),
];
