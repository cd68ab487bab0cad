import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 교육급여(맞춤형 급여) (WLF00001089) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001089&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const SCHOOL_LEVELS = ['elementary', 'middle', 'high'];

const parameters: ParameterDefinition[] = [
  {
    id: 'educationBenefit.activityAllowance',
    label: {
      ko: '교육활동지원비 (학교급별, 연 1회)',
      en: 'education activity allowance (by school level, once a year)',
    },
    unit: 'krw/year',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { elementary: 502000, middle: 699000, high: 860000 } },
        sources: [bokjiro],
        note: '고등학생 입학금·수업료·교과서비는 학교에 실비 지급 (별도)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001089',
  version: '2026.1',
  name: t('교육급여', 'Education benefit'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '소득인정액이 기준 중위소득 50% 이하인 가구의 초·중·고등학생에게 교육활동지원비(연 1회)와 고등학생 입학금·수업료·교과서비를 지원합니다 (부양의무자 기준 없음).',
    'Elementary, middle and high-school students in households whose income-recognized amount is at most 50% of the median get a yearly education activity allowance, and high-school students their entrance fee, tuition and textbooks (no support-obligor rule).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
      fact('student', 'level'),
      'in',
      lit(SCHOOL_LEVELS, t('초등학교·중학교·고등학교', 'elementary / middle / high school')),
    ),
    cmp(
      t(
        '가구 소득인정액이 교육급여 선정기준 이하',
        'household income-recognized amount at or below the education threshold',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      param('nblss.threshold.education', { by: 'household.size' }),
    ),
  ),
  benefit: {
    description: t(
      '교육활동지원비 연 1회: 초등학생 502,000원, 중학생 699,000원, 고등학생 860,000원 (2026). 고등학생은 입학금·수업료·교과서비를 학교에 실비 지급 (금액 산정 제외)',
      'Yearly education activity allowance: 502,000 (elementary), 699,000 (middle), 860,000 (high school) in 2026. High-school entrance fees, tuition and textbooks are paid to the school at cost (not computed)',
    ),
    amount: (ctx) => {
      const level = String(ctx.fact('student', 'level'));
      const amountKrw = ctx.param('educationBenefit.activityAllowance', level);
      return {
        amountKrw,
        lines: [
          { label: t('학교급', 'school level'), value: level },
          { label: t('교육활동지원비 (연)', 'activity allowance (yearly)'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['parent', 'guardian', 'student', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      schoolName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('재학 학교명', 'school name') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('교육활동지원비 수령 계좌', 'bank account for the allowance') }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, { title: '2024 나에게 힘이 되는 복지서비스 「교육급여」', status: 'official' }],
  fidelity: 'statutory',
  parameters,
  cases,
});
