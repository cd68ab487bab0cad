import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
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

const catalogue: Source = {
  title: '복지로 자산형성지원사업(희망저축계좌Ⅰ, Ⅱ) (WLF00000100), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000100&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「희망저축계좌(I, II)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'hopeSavingsAccount.type1ThresholdShare',
    label: {
      ko: 'I유형 근로·사업소득 기준: 기준 중위소득 40%',
      en: 'Type I earnings test: 40% of the median',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.4 }, sources: [book] }],
  },
  {
    id: 'hopeSavingsAccount.type1EarningsShare',
    label: {
      ko: 'I유형 근로·사업소득 기준: 중위 40%의 60% 이상',
      en: 'Type I earnings test: at least 60% of that 40%',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.6 }, sources: [book] }],
  },
  {
    id: 'hopeSavingsAccount.type2IncomeShare',
    label: {
      ko: 'II유형 소득인정액 기준 (기준 중위소득 대비)',
      en: 'Type II income-recognized limit (share of the median)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [book] }],
  },
  {
    id: 'hopeSavingsAccount.monthlyMatch',
    label: { ko: '정부 지원금 (월)', en: 'government match (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { type1: 300000, type2: 100000 } },
        sources: [book],
      },
    ],
  },
  {
    id: 'hopeSavingsAccount.monthlySaving',
    label: { ko: '본인 저축액 (월, I유형은 이상)', en: 'own saving (monthly; Type I at least)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [book] }],
  },
  {
    id: 'hopeSavingsAccount.type2Years',
    label: { ko: 'II유형 통장 유지 기간', en: 'Type II account period' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000100',
  version: '2026.1',
  name: t('자산형성지원사업(희망저축계좌Ⅰ, Ⅱ)', 'Hope Savings Accounts I and II'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
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
      t('I유형: 일하는 생계·의료급여 수급가구', 'Type I: working livelihood or medical recipient household'),
      any(
        t(
          '생계급여 또는 의료급여 수급가구 (소득인정액 기준 중위소득 40% 이하)',
          'livelihood or medical recipient household (income-recognized at most 40% of the median)',
        ),
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
      ),
      cmp(
        t(
          '가구 근로·사업소득이 기준 중위소득 40%의 60% 이상',
          'household earnings at least 60% of 40% of the median',
        ),
        v('household.earnedAndBusinessIncome'),
        '>=',
        mul(
          t('기준 중위소득 × 40% × 60%', 'median income × 40% × 60%'),
          param('median.income', { by: 'household.size' }),
          param('hopeSavingsAccount.type1ThresholdShare'),
          param('hopeSavingsAccount.type1EarningsShare'),
        ),
      ),
    ),
    all(
      t(
        'II유형: 일하는 주거·교육급여 수급가구 및 차상위 가구',
        'Type II: working housing or education recipient household, or near-poor household',
      ),
      any(
        t(
          '주거·교육급여 수급가구 또는 차상위계층 가구',
          'housing or education recipient, or near-poor household',
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
        someMember(
          t('가구원 중 차상위계층', 'a near-poor member'),
          cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
      ),
      cmp(
        t('소득인정액이 기준 중위소득 50% 이하', 'income-recognized amount at most 50% of the median'),
        v('household.incomeRecognized.nblss'),
        '<=',
        mul(
          t('기준 중위소득 × 50%', 'median income × 50%'),
          param('median.income', { by: 'household.size' }),
          param('hopeSavingsAccount.type2IncomeShare'),
        ),
      ),
      cmp(
        t('근로·사업소득이 있음 (현재 근로 활동)', 'has earned or business income (working now)'),
        v('household.earnedAndBusinessIncome'),
        '>',
        lit(0),
      ),
    ),
  ),
  benefit: {
    description: t(
      'I유형: 매월 10만 원 이상 저축 시 정부지원금 30만 원 매칭 (탈수급 시 전액 지급, 탈수급장려금·내일키움장려금 등 추가 가능). II유형: 매월 10만 원 저축 시 10만 원 매칭 (3년간 통장 유지·자립역량교육 이수·자금사용계획서 제출 시 전액 지급)',
      'Type I: saving 100,000+ a month earns a 300,000 match (paid in full on leaving benefits; extra incentives possible). Type II: saving 100,000 a month earns a 100,000 match (paid in full after 3 years, training and a spending plan)',
    ),
    amount: (ctx) => {
      const type1 = ['WLF00001132', 'WLF00000102'].some((id) =>
        ctx.members().some((m) => (m.fact('programRecipient', 'programs') as string[]).includes(id)),
      );
      const amountKrw = ctx.param('hopeSavingsAccount.monthlyMatch', type1 ? 'type1' : 'type2');
      return {
        amountKrw,
        lines: [
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
