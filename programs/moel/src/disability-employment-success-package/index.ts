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
  title: '복지로 장애인취업성공패키지 (WLF00004655), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004655&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 취업성공패키지」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 장애인취업성공패키지 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004655&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilitySuccessPackage.minAge',
    label: t('참여 연령 (만 나이 이상)', 'participant age (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.maxAge',
    label: t(
      '참여 연령 (만 나이 이하, 초과 시 상담·평가)',
      'participant age (at most; older applicants assessed)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 69 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.lowIncomeShare',
    label: t('저소득층 유형 소득기준 (기준 중위소득 대비)', 'low-income type income limit (share of median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.6 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.stage1Allowance',
    label: t('1단계 참여수당', 'stage 1 participation allowance'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 150_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.trainingDaily',
    label: t('2단계 훈련 1일당 수당', 'stage 2 training allowance per day'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.trainingMonthlyCap',
    label: t('2단계 훈련수당 월 최대', 'stage 2 training allowance monthly maximum'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 284_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.jobSeekingAllowanceMax',
    label: t('구직촉진수당 최대 (저소득층)', 'job-seeking allowance maximum (low income)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilitySuccessPackage.successAllowance12m',
    label: t('취업성공수당 (12개월 근속)', 'employment success allowance (12 months in work)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00004655',
  version: '2026.1',
  name: t('장애인취업성공패키지', 'Employment success package for disabled people'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    "장애인의 취업역량을 강화하고 성공적인 취업을 지원하기 위해 '상담·취업계획수립→직업능력향상→집중 취업알선'에 이르는 통합적인 취업지원 프로그램을 집중 제공합니다.",
    'Provides an integrated employment programme — counselling and an employment plan, skills development, then intensive job placement — to strengthen disabled people’s employability and help them into work.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(
      t('만 18세 이상', 'aged 18 or over'),
      v('person.age'),
      '>=',
      param('disabilitySuccessPackage.minAge'),
    ),
    any(
      t('만 69세 이하 (초과 시 상담·평가로 판단)', 'aged 69 or under (older applicants assessed)'),
      cmp(
        t('만 69세 이하', 'aged 69 or under'),
        v('person.age'),
        '<=',
        param('disabilitySuccessPackage.maxAge'),
      ),
      judgement(
        t(
          '69세 초과: 상담과 평가로 취업의욕·역량이 높은지 판단',
          'over 69: counselling and assessment show strong motivation and ability',
        ),
        t(
          '취업의욕·역량 상담·평가 (한국장애인고용공단)',
          'counselling and assessment of motivation and ability (KEAD)',
        ),
      ),
    ),
    cmp(t('구직 장애인 (구직 등록)', 'disabled job-seeker (registered)'), fact('jobSeeker'), '==', lit(true)),
  ),
  benefit: {
    description: t(
      '1단계(상담·취업계획) 참여수당 15만 원, 2단계(구직역량 강화) 취업코칭 등 5만~10만 원과 훈련 1일 1만 8,000원(월 최대 28만 4,000원, 최대 24개월), 저소득층(중위소득 60% 이하) 구직촉진수당 최대 300만 원·조기취업성공수당 최대 100만 원, 3단계 취업성공수당 3개월 30만·6개월 40만·12개월 80만 원',
      'Stage 1 (counselling and plan) 150,000; stage 2 coaching 50,000–100,000 and training at 18,000 a day (up to 284,000 a month, 24 months); for low-income participants (≤60% of median) a job-seeking allowance of up to 3,000,000 and an early-employment bonus up to 1,000,000; stage 3 success allowances of 300,000 / 400,000 / 800,000 after 3 / 6 / 12 months in work',
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
  sources: [catalogue, booklet0, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
