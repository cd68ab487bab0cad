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
  title: '복지로 유아 단계적 무상교육·보육 실현 (WLF00006335), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006335&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const moeNews: Source = {
  title: '교육부 보도 (2026.3.3): 유아 무상교육·보육 4~5세 확대 — 동아일보 2026-03-03 보도',
  url: 'https://www.donga.com/news/article/all/20260303/133453198/1',
  status: 'secondary',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'freeEarlyChildhoodEducation.minAge',
    label: {
      ko: '무상교육·보육 지원 연령 하한 (만 나이, 이상)',
      en: 'minimum age of free education and care (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2025-07-01',
        value: { type: 'scalar', value: 5 },
        sources: [catalogue, moeNews],
        note: '2025년 7월 5세부터 시작',
      },
      {
        from: '2026-03-01',
        value: { type: 'scalar', value: 4 },
        sources: [moeNews],
        note: '2026년 3월부터 4~5세 (2027년 3~5세 예정: 시행일 미상으로 미반영)',
      },
    ],
  },
  {
    id: 'freeEarlyChildhoodEducation.maxAge',
    label: { ko: '무상교육·보육 지원 연령 상한 (만 나이, 이하)', en: 'maximum age (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2025-07-01', value: { type: 'scalar', value: 5 }, sources: [catalogue] }],
  },
];

export default defineProgram({
  id: 'WLF00006335',
  version: '2026.1',
  name: t('유아 단계적 무상교육·보육 실현', 'Phased Free Early-Childhood Education and Care'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [t('유아교육법', 'Early Childhood Education Act'), t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국가책임형 유아교육·보육 실현 및 학부모 양육비 부담 경감을 위해, ’25년 5세를 시작으로 ’27년 3~5세까지 단계적 무상교육·보육을 지원합니다.',
    'Phased free early-childhood education and care to make the state responsible for it and ease parents’ costs: from age 5 in 2025, extending to ages 3–5 by 2027.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어린이집·유치원 이용', 'attends a daycare centre or kindergarten'),
      fact('daycareUse', 'kind'),
      'in',
      lit(['daycare', 'kindergarten'], t('어린이집·유치원', 'daycare or kindergarten')),
    ),
    cmp(
      t('지원 연령 이상', 'at least the minimum age'),
      v('person.age'),
      '>=',
      param('freeEarlyChildhoodEducation.minAge'),
    ),
    cmp(
      t('만 5세 이하', 'aged 5 or under'),
      v('person.age'),
      '<=',
      param('freeEarlyChildhoodEducation.maxAge'),
    ),
  ),
  benefit: {
    description: t(
      '별도 신청 없이 유치원 유아교육비·방과후 과정비, 어린이집 기타 필요경비 등 학부모 추가 부담금을 무상교육·보육비만큼 차감 (보도 기준 평균 공립유치원 월 2만 원, 사립유치원 11만 원, 어린이집 7만 원 수준)',
      'Without an application, the extra costs parents pay (kindergarten fees and after-school costs, daycare extras) are reduced by the free education and care amount (reported averages: public kindergarten about 20,000, private 110,000, daycare 70,000 a month)',
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
  effective: { from: '2025-07-01' },
  sources: [catalogue, moeNews],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
