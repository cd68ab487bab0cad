import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 예술체육 비전장학금 (WLF00006254), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006254&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「예술체육 비전장학금」',
  status: 'official',
};

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'artsSportsVisionScholarship.livingPerSemester',
    label: { ko: '생활비 (학기당, 공통지원 Ⅰ유형)', en: 'living allowance (per semester, type I)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2500000 }, sources: [booklet] }],
  },
  {
    id: 'artsSportsVisionScholarship.recipientExtra',
    label: {
      ko: '기초생활수급자 추가 생활비 (학기당)',
      en: 'extra living allowance for NBLSS recipients (per semester)',
    },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2500000 }, sources: [booklet] }],
  },
  {
    id: 'artsSportsVisionScholarship.tuitionRenewalPercentile',
    label: {
      ko: '등록금 계속지원 성적 기준 (직전학기 백분위, 이상)',
      en: 'grade for continued tuition (previous semester percentile, minimum)',
    },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 90 },
        sources: [booklet],
        note: '또는 평점 3.6/4.5 (3.4/4.3) 이상',
      },
    ],
  },
  {
    id: 'artsSportsVisionScholarship.livingRenewalPercentile',
    label: {
      ko: '생활비 계속지원 성적 기준 (직전학기 백분위, 이상)',
      en: 'grade for continued living allowance (previous semester percentile, minimum)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 92 }, sources: [booklet] }],
  },
  {
    id: 'artsSportsVisionScholarship.minCredits',
    label: { ko: '최소 이수학점 (직전학기)', en: 'minimum credits (previous semester)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006254',
  version: '2026.1',
  name: t('예술체육 비전장학금', 'Arts and Sports Vision Scholarship'),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '전공분야별로 재능과 소질을 개발하여 예술 및 체육분야를 선도할 수 있는 인재로 육성을 도모합니다.',
    'Develops talent and aptitude in each field so that students can grow into leaders in the arts and sports.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    judgement(
      t(
        '국내 4년제 대학 예술·체육계열 1·3학년 재학생으로 선발 (전공탐색·전공확립 유형)',
        'selected as a first- or third-year arts or sports student at a four-year university (major-exploration or major-establishment type)',
      ),
      t(
        '학과 계열·학년과 한국장학재단 선발 결과',
        'field of study, year and the Korea Student Aid Foundation’s selection',
      ),
    ),
  ),
  benefit: {
    description: t(
      '등록금 전액(매 학기, 계속지원 기준 충족 시), 생활비 학기당 2,500,000원(Ⅰ유형 공통), 기초생활수급자 학기당 2,500,000원 추가',
      'Full tuition every semester (while renewal criteria are met), a living allowance of 2,500,000 a semester (type I), and 2,500,000 more a semester for NBLSS recipients',
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
