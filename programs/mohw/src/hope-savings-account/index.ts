import {
  all,
  any,
  cmp,
  defineProgram,
  lit,
  mul,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 자산형성지원사업(희망저축계좌Ⅰ, Ⅱ) (WLF00000100) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000100&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'hopeSavingsAccount.type1EarningsShare',
    label: {
      ko: 'I유형 근로·사업소득 기준: 기준 중위소득 40%의 60% 이상',
      en: 'Type I earnings test: at least 60% of 40% of the median',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(0.6),
        sources: [record],
        note: '가구 전체의 총 근로·사업소득 (보장기관 확인 소득 제외: 확인 소득은 자료로 구분되지 않아 차감하지 않음)',
      },
    ],
  },
  {
    id: 'hopeSavingsAccount.monthlyMatch',
    label: { ko: '정부지원금 매칭 (월)', en: 'government match (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { type1: 300000, type2: 100000 } },
        sources: [record],
      },
    ],
  },
  {
    id: 'hopeSavingsAccount.minSaving',
    label: { ko: '본인 저축액 하한 (월)', en: 'minimum own saving (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(100000), sources: [record] }],
  },
  {
    id: 'hopeSavingsAccount.type2TrainingHours',
    label: { ko: 'II유형 전액 지급 조건 교육 시간', en: 'Type II training hours required for full payment' },
    unit: 'count',
    versions: [{ from: '2026-01-01', value: scalar(10), sources: [record] }],
  },
  {
    id: 'hopeSavingsAccount.workIncentive',
    label: {
      ko: '근로소득장려금 연차별 차등지원 (2025년 가입자부터, 월)',
      en: 'work-income incentive by year of membership (members from 2025, monthly)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { year1: 100000, year2: 200000, year3: 300000 } },
        sources: [record],
      },
    ],
  },
];

const livelihoodOrMedical = any(
  t('생계·의료급여 수급 가구', 'household receiving the livelihood or medical benefit'),
  cmp(
    t('생계급여 수급', 'livelihood benefit recipient'),
    receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
    '==',
    lit(true),
  ),
  cmp(
    t('의료급여 수급', 'medical aid recipient'),
    receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
    '==',
    lit(true),
  ),
);

export default defineProgram({
  id: 'WLF00000100',
  version: '2026.1',
  name: t('자산형성지원사업(희망저축계좌Ⅰ, Ⅱ)', 'Hope Savings Accounts I and II'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [
    t('국민기초생활 보장법', 'National Basic Living Security Act'),
    t('국민기초생활 보장법 시행령', 'Enforcement Decree of the National Basic Living Security Act'),
  ],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '희망저축계좌를 통해 일하는 생계·의료·주거·교육급여 수급가구 및 차상위계층이 자활에 필요한 자산을 형성할 수 있도록 지원합니다.',
    'Helps working households receiving the livelihood, medical, housing or education benefit and near-poor households build the assets they need for self-sufficiency through Hope Savings Accounts.',
  ),
  criteria: any(
    t('희망저축계좌 I 또는 II 유형', 'Hope Savings Account Type I or II'),
    all(
      t('I유형: 일하는 생계·의료급여 수급 가구', 'Type I: working livelihood or medical recipient household'),
      livelihoodOrMedical,
      cmp(
        t('소득인정액이 기준 중위소득 40% 이하', 'income-recognized amount at most 40% of the median'),
        v('household.incomeRecognized.nblss'),
        '<=',
        param('nblss.threshold.medical', { by: 'household.size' }),
      ),
      someMember(
        t('가구원 중 일하는 사람이 있음', 'a member is working'),
        cmp(
          t('근로·사업소득이 있음', 'has earned or business income'),
          v('person.earnedAndBusinessIncome'),
          '>',
          lit(0),
        ),
      ),
      cmp(
        t(
          '가구 총 근로·사업소득이 기준 중위소득 40%의 60% 이상',
          'household earned and business income at least 60% of 40% of the median',
        ),
        v('household.earnedAndBusinessIncome'),
        '>=',
        mul(
          t('기준 중위소득 40% × 60%', '40% of the median × 60%'),
          param('nblss.threshold.medical', { by: 'household.size' }),
          param('hopeSavingsAccount.type1EarningsShare'),
        ),
      ),
    ),
    all(
      t(
        'II유형: 일하는 주거·교육급여 수급 가구 및 기타 차상위 가구',
        'Type II: working housing or education recipient household, or other near-poor household',
      ),
      not(
        t(
          '생계·의료급여 수급 가구가 아님 (I유형 대상)',
          'not a livelihood or medical recipient household (those are Type I)',
        ),
        livelihoodOrMedical,
      ),
      cmp(
        t(
          '가구 소득인정액이 기준 중위소득 50% 이하',
          'household income-recognized amount at most 50% of the median',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        param('nblss.threshold.education', { by: 'household.size' }),
      ),
      cmp(
        t('현재 근로활동 중이며 근로·사업소득이 있음', 'working now, with earned or business income'),
        v('household.earnedAndBusinessIncome'),
        '>',
        lit(0),
      ),
    ),
  ),
  benefit: {
    description: t(
      'I유형: 본인 저축 월 10만원 이상 시 정부지원금 30만원 매칭, 탈수급 시 지원금 전액 지급 (탈수급장려금·내일키움장려금·내일키움수익금 등 추가 가능). II유형: 본인 저축 월 10만원 이상 시 정부지원금 10만원 매칭, 교육(10시간) 이수·자금사용계획서 제출 시 전액 지급 (내일키움장려금 등 추가 가능). 2025년 가입자부터 근로소득장려금 연차별 차등 (1년차 월 10만원 → 2년차 20만원 → 3년차 30만원)',
      'Type I: on an own saving of 100,000+ a month the government adds 300,000, paid in full on leaving the benefit (extra incentives possible). Type II: the government adds 100,000, paid in full after 10 hours of training and a spending plan. From 2025 members, a work-income incentive of 100,000 / 200,000 / 300,000 a month in years 1 / 2 / 3',
    ),
    amount: (ctx) => {
      const recipients = ctx.members().flatMap((m) => m.fact('programRecipient', 'programs') as string[]);
      const livelihoodOrMedical = ['WLF00001132', 'WLF00000102'].some((id) => recipients.includes(id));
      const earnings = Number(ctx.get('household.earnedAndBusinessIncome'));
      const medical = ctx.param('nblss.threshold.medical', Number(ctx.get('household.size')));
      const type1 =
        livelihoodOrMedical &&
        Number(ctx.get('household.incomeRecognized.nblss')) <= medical &&
        earnings >= Math.floor(medical * ctx.param('hopeSavingsAccount.type1EarningsShare'));
      const amountKrw = ctx.param('hopeSavingsAccount.monthlyMatch', type1 ? 'type1' : 'type2');
      return {
        amountKrw,
        lines: [
          { label: t('가구 근로·사업소득', 'household earned and business income'), value: earnings },
          {
            label: t(
              type1 ? 'I유형 정부지원금 (월)' : 'II유형 정부지원금 (월)',
              type1 ? 'Type I match (monthly)' : 'Type II match (monthly)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      accountType: z.enum(['type1', 'type2']).meta({ label: t('신청 유형', 'account type') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('적립 계좌', 'savings account') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      { id: 'incomeProof', label: t('근로·사업소득 증빙', 'proof of earnings'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [record],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001132'],
  parameters,
  cases,
});
