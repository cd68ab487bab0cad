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

const catalogue: Source = {
  title: '복지로 장애인스포츠강좌이용권 지원 (WLF00003173), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003173&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「스포츠강좌이용권 (장애인스포츠강좌이용권)」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'disabilitySportsVoucher.minAge',
    ['대상 연령 하한 (만)', 'minimum age'],
    'years',
    5,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabilitySportsVoucher.maxAge',
    ['대상 연령 상한 (만, 이하)', 'maximum age'],
    'years',
    69,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabilitySportsVoucher.monthlyAmount',
    ['월 지원 한도', 'monthly limit'],
    'krw/month',
    110000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003173',
  version: '2026.1',
  name: t('장애인스포츠강좌이용권 지원', 'Sports class voucher for people with disabilities'),
  ministry: '문화체육관광부',
  bureau: '장애인체육과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '장애인 대상 스포츠 참여 기회를 제공하여 삶의 질 향상, 사회적 소외감을 해소하여 사회통합에 기여합니다.',
    'Gives people with disabilities opportunities to take part in sport, improving their quality of life, easing social isolation and contributing to social integration.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 5세 이상', 'aged 5 or over'), v('person.age'), '>=', param('disabilitySportsVoucher.minAge')),
    cmp(
      t('만 69세 이하', 'aged 69 or under'),
      v('person.age'),
      '<=',
      param('disabilitySportsVoucher.maxAge'),
    ),
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
  ),
  benefit: {
    description: t(
      '1인당 매월 11만 원 이내 스포츠강좌 수강료 지원 이용권 (스포츠강좌이용권과 중복 불가)',
      'A voucher for sports classes of up to KRW 110,000 a month (not together with the general sports voucher)',
    ),
  },
  form: {
    schema: z.object({
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
  exclusions: [
    {
      programId: 'WLF00000076',
      kind: 'exclusive',
      reason: t('스포츠강좌이용권과 중복이용 불가', 'not together with the sports class voucher'),
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
