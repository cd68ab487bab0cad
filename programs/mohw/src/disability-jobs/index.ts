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
  title: '복지로 장애인일자리지원 (WLF00000025), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000025&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애인 일자리 지원」', status: 'official' };
const crawl: Source = {
  title: '복지로 장애인일자리지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000025&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityJobs.minAge',
    label: { ko: '참여 연령 하한 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'disabilityJobs.monthlyWage',
    label: { ko: '일자리 유형별 월 급여 (2024)', en: 'monthly pay by job type (2024)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            fullTime: 2060740,
            partTime: 1030370,
            welfareJob: 552160,
            massage: 1291660,
            careAssistant: 1291660,
          },
        },
        sources: [book],
        note: '일반형 전일제 주 40시간, 시간제 일 4시간 주 5일, 복지일자리 월 56시간, 안마사 파견·요양보호사 보조 주 25시간',
      },
    ],
  },
  {
    id: 'disabilityJobs.maxYears',
    label: { ko: '최대 참여 기간 (연속)', en: 'maximum participation (consecutive years)' },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 2 },
        sources: [book],
        note: '장애정도가 심한 장애인, 65세 이상 노인, 기초생활보장수급자는 계속 참여 가능',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000025',
  version: '2026.1',
  name: t('장애인일자리지원', 'Jobs for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '18세 이상 미취업 장애인에게 공공형 일자리를 제공하여 사회참여 확대와 소득보장을 도모합니다.',
    'Provides public-sector jobs to unemployed people with disabilities aged 18 or over, widening their social participation and securing an income.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('disabilityJobs.minAge')),
    cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    cmp(t('미취업 상태', 'not in employment'), fact('employment', 'status'), 'in', lit(['unemployed'])),
  ),
  benefit: {
    description: t(
      '공공형 일자리 제공과 월 급여 (2024): 일반형 전일제 2,060,740원, 시간제 1,030,370원, 복지일자리 552,160원, 시각장애인 안마사 파견·발달장애인 요양보호사 보조 1,291,660원. 1년 단위 최대 2년 (장애정도가 심한 장애인·65세 이상·기초생활수급자는 계속 참여 가능). 참여자는 수행기관의 면접 등 심사로 선정',
      'A public job with monthly pay (2024): full-time general job 2,060,740, part-time 1,030,370, welfare job 552,160, massage (blind masseurs) and care-assistant jobs (developmental disability) 1,291,660. One-year terms for up to 2 years (people with severe disabilities, 65+ and NBLSS recipients may continue). Participants are chosen by interview',
    ),
  },
  form: {
    schema: z.object({
      jobType: z
        .enum(['fullTime', 'partTime', 'welfareJob', 'massage', 'careAssistant'])
        .meta({ label: t('희망 일자리 유형', 'preferred job type') }),
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
      {
        id: 'disabilityCard',
        label: t('장애인등록증 사본', 'copy of the disability registration card'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
