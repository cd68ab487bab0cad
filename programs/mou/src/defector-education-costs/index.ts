import {
  all,
  any,
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
  title: '복지로 (북한이탈주민)교육비 지원 (WLF00000063), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000063&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 교육비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorEducationCosts.maxAgeSecondary',
    label: t(
      '중·고등학교 등록금 면제 연령 (만 나이 이하)',
      'age limit for free secondary schooling (at most)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
  {
    id: 'defectorEducationCosts.privateUniversityShare',
    label: t('사립대 등록금 보조 비율', 'share of private-university tuition covered'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000063',
  version: '2026.1',
  name: t('(북한이탈주민)교육비 지원', 'Education cost support for North Korean defectors'),
  ministry: '통일부',
  bureau: '자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '북한이탈주민이 안정적인 정착기반을 마련하고 교육적 어려움을 해소할 수 있도록 교육비를 지원합니다.',
    'Pays education costs so that North Korean defectors can build a stable base for settling and overcome educational difficulties.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    any(
      t(
        '학비 지원 대상 (중·고등학교는 만 24세 이하, 대학)',
        'tuition support (middle and high school up to age 24, university)',
      ),
      all(
        t('중·고등학교 재학, 만 24세 이하', 'middle or high school, aged 24 or under'),
        cmp(
          t('중·고등학교 재학', 'middle- or high-school student'),
          fact('student', 'level'),
          'in',
          lit(['middle', 'high']),
        ),
        cmp(
          t('만 24세 이하', 'aged 24 or under'),
          v('person.age'),
          '<=',
          param('defectorEducationCosts.maxAgeSecondary'),
        ),
      ),
      cmp(
        t(
          '대학 재학 (국공립대 등록금 면제, 사립대 50% 보조)',
          'university student (national and public universities free, private 50%)',
        ),
        fact('student', 'level'),
        'in',
        lit(['university']),
      ),
    ),
  ),
  benefit: {
    description: t(
      '중·고등학교 등록금·기숙사 사용료 면제 (만 24세 이하), 국공립대 등록금 면제, 사립대 등록금 50% 보조, 대학 특례 편·입학 지원',
      'Free middle- and high-school tuition and dormitory (up to age 24); free tuition at national and public universities and 50% at private ones; special university admission',
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
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
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
