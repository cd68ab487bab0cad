import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노인일자리 및 사회활동 지원사업 (WLF00001155), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001155&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인 일자리 및 사회활동 지원」',
  status: 'official',
};
const b2026: Source = {
  title: '복지로 노인일자리 및 사회활동 지원사업 (WLF00001155), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001155&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'seniorJobsSocialActivities.publicInterestAge',
    label: {
      ko: '공익활동·사회서비스형 참여 연령 (만 나이 이상)',
      en: 'age for public-interest and social-service jobs (at least)',
    },
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 65 }, sources: [b2026] },
    ],
  },
  {
    id: 'seniorJobsSocialActivities.generalAge',
    label: {
      ko: '시장형사업단·취업알선형·시니어인턴십·고령자친화기업 등 참여 연령 (이상)',
      en: 'age for market, placement, internship and senior-friendly company jobs (at least)',
    },
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 60 }, sources: [b2026] },
    ],
  },
  {
    id: 'seniorJobsSocialActivities.monthlyPay',
    label: { ko: '월 활동비·급여', en: 'monthly activity allowance or pay' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { publicInterest: 290000, socialService: 634000 } },
        sources: [book],
        note: '공익활동 월 30시간 이상 29만 원, 사회서비스형 월 60시간 최대 63만 4,000원 (주휴·연차수당 별도)',
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { publicInterest: 290000, socialService: 634000 } },
        sources: [b2026],
      },
    ],
  },
  {
    id: 'seniorJobsSocialActivities.monthlyHours',
    label: { ko: '월 활동시간', en: 'monthly hours' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { publicInterest: 30, socialService: 60 } },
        sources: [book],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { publicInterest: 30, socialService: 60 } },
        sources: [b2026],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001155',
  version: '2026.1',
  name: t('노인일자리 및 사회활동 지원사업', 'Senior jobs and social activities'),
  ministry: '보건복지부',
  bureau: '노인지원과',
  legalBasis: [t('노인복지법', 'Welfare of Older Persons Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '활기차고 건강한 노후생활을 영위할 수 있도록 다양한 일자리를 제공하고 사회활동을 지원하여 노인 복지 향상에 기여합니다.',
    'Provides a range of jobs and supports social activities so that older people can lead active, healthy lives, improving their welfare.',
  ),
  criteria: all(
    undefined,
    any(
      t('참여 유형별 연령·자격', 'age and status by activity type'),
      all(
        t('공익활동: 65세 이상 기초연금 수급자', 'public-interest activity: 65+ Basic Pension recipient'),
        cmp(
          t('만 65세 이상', 'aged 65 or over'),
          v('person.age'),
          '>=',
          param('seniorJobsSocialActivities.publicInterestAge'),
        ),
        cmp(
          t('기초연금 수급', 'Basic Pension recipient'),
          receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
          '==',
          lit(true),
        ),
      ),
      cmp(
        t('사회서비스형: 만 65세 이상', 'social-service jobs: aged 65 or over'),
        v('person.age'),
        '>=',
        param('seniorJobsSocialActivities.publicInterestAge'),
      ),
      cmp(
        t(
          '시장형사업단·취업알선형·시니어인턴십·고령자친화기업·선도모델: 만 60세 이상',
          'market, placement, internship, senior-friendly company and pilot jobs: aged 60 or over',
        ),
        v('person.age'),
        '>=',
        param('seniorJobsSocialActivities.generalAge'),
      ),
    ),
    not(
      t('생계급여 수급자가 아님 (2026 참여 제외)', 'not a livelihood-benefit recipient (excluded, 2026)'),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
    ),
    not(
      t(
        '국민건강보험 직장가입자가 아님 (2026 참여 제외)',
        'not an employee health-insurance member (excluded, 2026)',
      ),
      cmp(
        t('건강보험 직장가입자', 'employee health-insurance member'),
        fact('healthInsurance', 'kind'),
        '==',
        lit('employee'),
      ),
    ),
    not(
      t('장기요양 1~5등급이 아님 (2026 참여 제외)', 'no long-term-care grade 1–5 (excluded, 2026)'),
      cmp(
        t('장기요양 1~5등급', 'long-term-care grade 1–5'),
        fact('longTermCareGrade', 'grade'),
        'in',
        lit(['1', '2', '3', '4', '5']),
      ),
    ),
  ),
  benefit: {
    description: t(
      '공익활동: 월 30시간 이상 지역사회 공익활동, 활동수당 월 29만 원. 사회서비스형: 월 60시간, 급여 최대 월 63만 4,000원 (주휴·연차수당 별도). 시장형사업단·취업알선형·시니어인턴십·고령자친화기업은 유형별 지원. 활동비는 기초연금 선정 시 근로소득에서 제외',
      'Public-interest activity: 30+ hours a month, 290,000 allowance. Social-service jobs: 60 hours a month, up to 634,000 (plus holiday pay). Market-based, placement, internship and senior-friendly company jobs vary. Activity pay is not counted as earned income for the Basic Pension',
    ),
  },
  form: {
    schema: z.object({
      activityType: z
        .enum([
          'publicInterest',
          'socialService',
          'marketBased',
          'placement',
          'seniorInternship',
          'seniorFriendlyCompany',
        ])
        .meta({ label: t('희망 참여 유형', 'activity type wanted') }),
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
  sources: [catalogue, book, b2026],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00001164'],
  parameters,
  cases,
});
