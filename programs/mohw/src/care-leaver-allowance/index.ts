import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 자립준비청년 자립수당 지급 (WLF00001175), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001175&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「자립준비청년(보호종료아동) 자립수당」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'careLeaverAllowance.monthlyAllowance',
    label: { ko: '자립수당 (월)', en: 'self-reliance allowance (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [book] }],
  },
  {
    id: 'careLeaverAllowance.withinYears',
    label: { ko: '보호종료 후 지급 기간 (년 이내)', en: 'years after leaving care' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [book] }],
  },
  {
    id: 'careLeaverAllowance.leaveAge',
    label: { ko: '보호종료 연령 (만 나이 이후)', en: 'age at leaving care (at least)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'careLeaverAllowance.minCareYears',
    label: { ko: '보호종료일 기준 연속 보호 기간 (이상)', en: 'continuous care before leaving (at least)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001175',
  version: '2026.1',
  name: t('자립준비청년 자립수당 지급', 'Self-reliance allowance for young people leaving care'),
  ministry: '보건복지부',
  bureau: '청년정책팀',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '자립준비청년(보호종료아동)에게 자립수당을 지급하여 보호종료 후 경제적 부담을 완화하고 복지향상을 통해 안정적 사회정착 및 성공적 자립을 지원합니다.',
    'Pays a self-reliance allowance to young people leaving care, easing their financial burden after care ends and supporting a stable start and successful independence.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('아동복지시설·가정위탁 보호종료 (자립준비청년)', 'left residential or foster care (care leaver)'),
      fact('fosterCare'),
      '==',
      lit(true),
    ),
    cmp(
      t('만 18세 이상 (만 18세 이후 보호종료)', 'aged 18 or over (left care at 18 or later)'),
      v('person.age'),
      '>=',
      param('careLeaverAllowance.leaveAge'),
    ),
    judgement(
      t(
        '보호종료 5년 이내, 만 18세 이후 만기·연장 종료 (2018년 8월 이후), 종료일 기준 2년 이상 연속 보호',
        'left care within 5 years, at 18 or later on expiry or after extension (August 2018 or later), after 2+ years of continuous care',
      ),
      t('보호기간·종료일 확인 (아동보호 기록)', 'care period and leaving date (child-protection records)'),
    ),
  ),
  benefit: {
    description: t('자립수당 월 50만 원 (2024)', 'Self-reliance allowance of 500,000 a month (2024)'),
  },
  form: {
    schema: z.object({
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('수당 수령 계좌', 'bank account') }),
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
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
