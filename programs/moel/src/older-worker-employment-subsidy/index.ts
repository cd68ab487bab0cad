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
  title: '복지로 고령자 고용지원금 (WLF00004660), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004660&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고령자 고용지원금」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'olderWorkerSubsidy.minAge',
    label: t('고령자 연령 (만 나이 이상)', 'older-worker age (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet0] }],
  },
  {
    id: 'olderWorkerSubsidy.perWorkerQuarterly',
    label: t('증가한 고령자 1인당 지원금 (분기)', 'subsidy per additional older worker (per quarter)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300_000 }, sources: [booklet0] }],
  },
  {
    id: 'olderWorkerSubsidy.maxYears',
    label: t('최대 지원 기간', 'maximum support period'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet0] }],
  },
  {
    id: 'olderWorkerSubsidy.capShare',
    label: t('지원 인원 한도 (피보험자 대비)', 'headcount limit (share of insured workers)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.3 }, sources: [booklet0] }],
  },
  {
    id: 'olderWorkerSubsidy.capCount',
    label: t('지원 인원 한도', 'headcount limit'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00004660',
  version: '2026.1',
  name: t('고령자 고용지원금', 'Employment subsidy for employers of workers aged 60 and over'),
  ministry: '고용노동부',
  bureau: '고령사회인력정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '60세 이상인 근로자수가 증가하는 사업주를 지원하여 고령자의 고용 안정을 도모합니다.',
    'Supports employers whose number of workers aged 60 or over grows, to stabilise the employment of older people.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 60세 이상 근로자', 'worker aged 60 or over'),
      v('person.age'),
      '>=',
      param('olderWorkerSubsidy.minAge'),
    ),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '우선지원대상기업·중견기업·사회적기업 사업주의 60세 이상 근로자 수가 과거 3년 평균보다 증가',
        'the employer (priority-support, mid-sized or social enterprise) has more workers aged 60+ than its 3-year average',
      ),
      t(
        '사업주의 분기별 고령자 피보험자 수 (고용24)',
        'the employer’s quarterly number of insured older workers (Work24)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '과거 3년 평균 대비 매 분기 증가한 고령자 수 1인당 30만 원을 최대 2년간 사업주에게 지원 (피보험자의 30% 및 30명 한도, 피보험자 10명 미만 기업은 3명 한도)',
      'The employer receives 300,000 per quarter for each additional worker aged 60+ above its 3-year average, for up to 2 years (at most 30% of insured workers and 30 people; 3 people for firms with fewer than 10)',
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
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
