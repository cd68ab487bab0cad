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
  title: '복지로 중증장애인지원고용 (WLF00003259), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003259&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중증장애인 지원고용(훈련수당)」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 중증장애인지원고용(훈련수당) 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003259&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'supportedEmployment.minAge',
    label: t('훈련생 연령 (만 나이 이상)', 'trainee age (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet0] }],
  },
  {
    id: 'supportedEmployment.prepAllowance',
    label: t('훈련준비금', 'training preparation allowance'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40_000 }, sources: [booklet0] }],
  },
  {
    id: 'supportedEmployment.dailyAllowance',
    label: t('훈련수당 (1일)', 'training allowance (per day)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18_000 }, sources: [booklet0] }],
  },
  {
    id: 'supportedEmployment.lodging',
    label: t('숙박비 (1박)', 'lodging (per night)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00003259',
  version: '2026.1',
  name: t('중증장애인지원고용', 'Supported employment for people with severe disabilities'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '독립적인 직업생활영위가 어려운 중증장애인의 고용 증진을 위해 직무수행에 필요한 기술과 직장적응을 취업 전 사업체 현장에서 지도하여 취업으로 연계합니다.',
    'To increase the employment of people with severe disabilities who find independent work hard, job coaches train them on site in the skills and adjustment the job needs before hiring, leading to employment.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이상', 'aged 15 or over'), v('person.age'), '>=', param('supportedEmployment.minAge')),
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(
      t('구직 등록 (한국장애인고용공단)', 'registered as a job-seeker (KEAD)'),
      fact('jobSeeker'),
      '==',
      lit(true),
    ),
    any(
      t(
        '중증장애인, 또는 고용지원 필요도 결정에 따라 지원고용이 필요한 장애인',
        'severely disabled, or found to need supported employment',
      ),
      cmp(
        t('중증 장애 (장애 정도 심한)', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe'),
      ),
      judgement(
        t(
          '고용지원 필요도 결정에 따라 지원고용이 필요 (장애 정도 무관)',
          'found to need supported employment (any severity)',
        ),
        t(
          '고용지원 필요도 결정 (한국장애인고용공단 직업평가)',
          'employment-support needs decision (KEAD vocational assessment)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업체 현장훈련(1일 4~8시간, 3~7주, 필요시 최대 6개월)에 직무지도원 배치, 훈련준비금 4만 원, 훈련수당 1일 1만 8,000원, 숙박비 1박 1만 원, 재해보험 가입 지원. 해당 연도 3회 초과 참여자와 정당한 사유 없이 중도 포기 후 3개월이 지나지 않은 사람은 제외 (2022)',
      'On-site training at a company (4–8 hours a day for 3–7 weeks, up to 6 months) with a job coach, a 40,000 preparation allowance, 18,000 a day training allowance, 10,000 a night lodging and accident insurance; excluded are those who took part more than 3 times in the year or dropped out without reason less than 3 months ago (2022)',
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
      { id: 'consent', label: t('지원고용 동의서', 'supported-employment consent form'), required: true },
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
