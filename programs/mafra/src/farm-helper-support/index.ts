import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 영농도우미 지원 (WLF00003207), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003207&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「영농도우미 지원」', status: 'official' };
const detail2022: Source = {
  title: '복지로 취약농가인력지원(영농도우미) (WLF00003207) 상세, 2022 수집 — 근거법령',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003207&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'farmHelper.minDiagnosisWeeks',
    label: t('사고·질병 진단기간 (이상, 주)', 'diagnosed recovery period (weeks, at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.minHospitalDays',
    label: t('입원일수 (이상)', 'days in hospital (at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.outpatientMonths',
    label: t('4대 중증질환 통원치료 기간 (최근)', 'recent outpatient treatment for a major disease'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.maxDays',
    label: t('지원 일수 (최대)', 'days of help (maximum)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.dailyWage',
    label: t('1일 인건비', 'daily wage'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 84000 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.supportRate',
    label: t('인건비 지원율', 'share of the wage paid'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.dailySupport',
    label: t('1일 지원액', 'daily support'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 58800 }, sources: [booklet] }],
  },
  {
    id: 'farmHelper.womenTrainingMinDays',
    label: t('여성농업인 교육 참여 일수 (이상)', 'training days for women farmers (at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003207',
  version: '2026.1',
  name: t('영농도우미 지원', 'Farm helpers for farmers who are ill or injured'),
  ministry: '농림축산식품부',
  bureau: '농촌사회서비스과',
  legalBasis: [
    t(
      '농어업인 삶의 질 향상 및 농어촌지역 개발촉진에 관한 특별법',
      'Special Act on Improving the Quality of Life of Farmers and Fishers and Developing Rural Areas',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'disability', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '사고나 질병으로 영농활동이 곤란한 농업인(2주 이상 진단 또는 3일 이상 입원, 4대 중증질환 진단 후 최근 6개월 이내 통원치료, 1~2급 법정감염병 격리)과 농업인 교육과정에 1일 이상 참여한 여성농업인에게 영농도우미를 최대 10일 지원합니다(1일 인건비 84,000원의 70%인 58,800원 지원).',
    'Farmers unable to farm because of an accident or illness (diagnosis of 2+ weeks or 3+ days in hospital, one of four major diseases with outpatient treatment in the last 6 months, isolation for a class 1–2 infectious disease) and women farmers attending farmer training for a day or more get a farm helper for up to 10 days (58,800 a day, 70% of the 84,000 daily wage).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('농업인 (농업경영체 등록)', 'farmer (farm registry)'),
      fact('farmerFisher', 'kind'),
      '==',
      lit('farmer'),
    ),
    any(
      t(
        '사고·질병 등으로 영농활동 곤란 또는 교육 참여 여성농업인',
        'unable to farm through accident or illness, or a woman farmer in training',
      ),
      judgement(
        t(
          '사고·질병 2주 이상 진단 또는 3일 이상 입원, 4대 중증질환(최근 6개월 통원), 1~2급 법정감염병 격리',
          'accident or illness (2+ weeks’ diagnosis or 3+ days in hospital), major disease with recent outpatient care, or infectious-disease isolation',
        ),
        t(
          '진단서·입퇴원확인서·진료기록 등 지원사유 (지역 농협)',
          'medical certificates and records (local agricultural cooperative)',
        ),
      ),
      all(
        t(
          '농업인 교육과정에 1일 이상 참여한 여성농업인',
          'woman farmer attending farmer training for a day or more',
        ),
        cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
        judgement(
          t('농업인 교육과정 1일 이상 참여', 'attended farmer training for a day or more'),
          t('교육 참여 확인 (지역 농협)', 'proof of training attendance (local cooperative)'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '영농활동을 대행하는 영농도우미 최대 10일; 1일 인건비 84,000원의 70%(58,800원) 지원, 30% 자부담',
      'a farm helper for up to 10 days; 70% of the 84,000 daily wage (58,800) paid, 30% paid by the farmer',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  parameters,
  cases,
});
