import {
  all,
  any,
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
  title: '복지로 출소(예정)자 취업지원사업(허그일자리지원) (WLF00006217), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006217&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「허그일자리지원 프로그램」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'hugEmploymentSupport.minAge',
    label: t('참여 연령 (만 나이 이상)', 'minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'hugEmploymentSupport.maxAge',
    label: t('참여 연령 상한 (만 나이 이하)', 'maximum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 64 }, sources: [booklet] }],
  },
  {
    id: 'hugEmploymentSupport.minAgeYouth',
    label: t('위기 청소년 참여 연령 (만 나이 이상)', 'minimum age for youth at risk'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
  {
    id: 'hugEmploymentSupport.allowances',
    label: t('허그일자리 단계별 수당 (최대)', 'stage allowances (maximum)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            stage1Participation: 250000,
            trainingCost: 3000000,
            trainingParticipationMonthly: 284000,
            trainingIncentiveMonthly: 116000,
            interviewPerTimeMin: 20000,
            interviewPerTimeMax: 50000,
            interviewTotal: 300000,
            retentionInsured: 2000000,
            retentionUninsured: 1500000,
          },
        },
        sources: [booklet],
        note: '1단계 참여수당 최대 25만 원(출소예정자 미지급), 2단계 교육비 최대 300만 원·훈련참여지원수당 월 최대 28만 4천 원·훈련장려금 월 최대 11만 6천 원, 3단계 면접참여수당 1회 2~5만 원(최대 6회 30만 원), 4단계 12개월 근속 시 고용보험 가입 200만 원·미가입 150만 원',
      },
    ],
  },
  {
    id: 'hugEmploymentSupport.interviewMaxTimes',
    label: t('면접참여수당 최대 횟수', 'maximum paid interviews'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'hugEmploymentSupport.retentionMonths',
    label: t('근속수당 근속 기간', 'months in the job for the retention bonus'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006217',
  version: '2026.1',
  name: t(
    '출소(예정)자 취업지원사업(허그일자리지원)',
    'Employment support for released and soon-to-be-released prisoners (HUG jobs)',
  ),
  ministry: '법무부',
  bureau: '보호정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '취업에 어려움을 겪는 출소자, 출소예정자, 보호관찰대상자 등에게 개인별 적절한 취업지원 서비스를 제공하여, 취업을 통해 개인과 가정의 행복을 추구합니다.',
    'Provides tailored employment services to released prisoners, prisoners about to be released, probationers and others who struggle to find work, so that they and their families can build a happy life through work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '형사처분 또는 보호처분을 받은 사람 (출소자·출소예정자·보호관찰대상자)',
        'received a criminal or protective disposition (released or soon-to-be-released prisoner, or on probation)',
      ),
      fact('exOffender'),
      '==',
      lit(true),
    ),
    cmp(t('만 64세 이하', 'aged 64 or under'), v('person.age'), '<=', param('hugEmploymentSupport.maxAge')),
    any(
      t('만 18세 이상 (위기 청소년은 만 15세 이상)', 'aged 18 or over (youth at risk: 15 or over)'),
      cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('hugEmploymentSupport.minAge')),
      all(
        t('위기 청소년 (만 15세 이상)', 'youth at risk aged 15 or over'),
        cmp(
          t('만 15세 이상', 'aged 15 or over'),
          v('person.age'),
          '>=',
          param('hugEmploymentSupport.minAgeYouth'),
        ),
        judgement(
          t('위기 청소년', 'youth at risk'),
          t(
            '위기 청소년 여부 (한국법무보호복지공단)',
            'whether the young person is at risk (Korea Rehabilitation Agency)',
          ),
        ),
      ),
    ),
    any(
      t('취업 희망', 'wants to work'),
      cmp(t('구직 등록', 'registered job-seeker'), fact('jobSeeker'), '==', lit(true)),
      judgement(
        t('취업 희망 (참여 신청)', 'wants a job (applies to take part)'),
        t(
          '참여 신청과 초기 상담 (교정기관·보호관찰소·한국법무보호복지공단)',
          'application and first counselling (prison, probation office or Korea Rehabilitation Agency)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '단계별 취업지원과 수당: 심층상담 참여수당 최대 250,000원(출소예정자 제외), 직업훈련 교육비 최대 3,000,000원·훈련참여지원수당 월 최대 284,000원·훈련장려금 월 최대 116,000원, 면접참여수당 회당 20,000~50,000원(최대 6회 300,000원), 12개월 근속 시 2,000,000원(고용보험 가입)·1,500,000원(미가입)',
      'Step-by-step job support with allowances: counselling up to 250,000 (not for those still in prison), training costs up to 3,000,000 plus up to 284,000 and 116,000 a month, interviews 20,000–50,000 each (up to 6, 300,000), and 2,000,000 (insured) or 1,500,000 (uninsured) after 12 months in a job',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
