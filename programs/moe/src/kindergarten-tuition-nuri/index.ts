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
  title: '복지로 유아학비 지원(3~5세 누리과정 지원) (WLF00000969), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000969&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「3~5세 누리과정 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'kindergartenTuitionNuri.minAge',
    label: {
      ko: '누리과정 지원 연령 하한 (만 나이, 이상)',
      en: 'minimum age for Nuri support (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3 },
        sources: [booklet],
        note: '출처는 학년도별 출생일 범위로 정함 (2024학년도 3세: 2020.1.1~2021.2.28 출생); 만 나이로 근사',
      },
    ],
  },
  {
    id: 'kindergartenTuitionNuri.maxAge',
    label: {
      ko: '누리과정 지원 연령 상한 (만 나이, 이하)',
      en: 'maximum age for Nuri support (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5 },
        sources: [booklet],
        note: '2024학년도 5세: 2018년 출생; 취학 유예 시 1년 추가 (총 3년 한도)',
      },
    ],
  },
  {
    id: 'kindergartenTuitionNuri.tuitionPublic',
    label: {
      ko: '유아학비 (국·공립 유치원, 월 최대)',
      en: 'tuition support, public kindergarten (monthly maximum)',
    },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'kindergartenTuitionNuri.tuitionPrivate',
    label: {
      ko: '유아학비 (사립 유치원, 월 최대)',
      en: 'tuition support, private kindergarten (monthly maximum)',
    },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 280000 }, sources: [booklet] }],
  },
  {
    id: 'kindergartenTuitionNuri.afterSchoolPublic',
    label: {
      ko: '방과후 과정비 (국·공립 유치원, 월 최대)',
      en: 'after-school programme support, public kindergarten (monthly maximum)',
    },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000 }, sources: [booklet] }],
  },
  {
    id: 'kindergartenTuitionNuri.afterSchoolPrivate',
    label: {
      ko: '방과후 과정비 (사립 유치원, 월 최대)',
      en: 'after-school programme support, private kindergarten (monthly maximum)',
    },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70000 }, sources: [booklet] }],
  },
  {
    id: 'kindergartenTuitionNuri.maxYears',
    label: { ko: '누리과정 무상교육 기간 한도', en: 'maximum years of free Nuri education' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000969',
  version: '2026.1',
  name: t('유아학비 지원(3~5세 누리과정 지원)', 'Kindergarten Tuition Support (Nuri Curriculum, Ages 3-5)'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [t('유아교육법', 'Early Childhood Education Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '국공사립유치원에 재원하는 유아를 대상으로 보호자의 소득수준에 관계없이 전 계층에 유아학비를 지원하여 실질적 교육기회 보장을 지원합니다.',
    'Pays kindergarten tuition for every child enrolled at a public or private kindergarten, whatever the parents’ income, to guarantee real access to early education.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('유치원 재원', 'enrolled at a kindergarten'),
      fact('daycareUse', 'kind'),
      '==',
      lit('kindergarten', t('유치원', 'kindergarten')),
    ),
    cmp(
      t('대한민국 국적', 'Korean nationality'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    cmp(t('만 3세 이상', 'aged 3 or over'), v('person.age'), '>=', param('kindergartenTuitionNuri.minAge')),
    cmp(t('만 5세 이하', 'aged 5 or under'), v('person.age'), '<=', param('kindergartenTuitionNuri.maxAge')),
  ),
  benefit: {
    description: t(
      '보호자 소득과 관계없이 유아학비(국·공립 월 100,000원, 사립 월 280,000원)와 방과후 과정비(국·공립 월 50,000원, 사립 월 70,000원) 지원 (2024년 유아 1인당 월 최대, 교육일수 등 조건 충족 시). 31일 이상 해외체류 시 자격 중지; 보육료·양육수당과 중복 불가',
      'Whatever the parents’ income: tuition (public 100,000 / private 280,000 a month) and after-school programme costs (public 50,000 / private 70,000 a month), 2024 monthly maxima per child when attendance conditions are met. Suspended after 31+ days abroad; not combinable with the childcare fee or home-care allowance',
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
  parameters: parameters,
  cases,
});
