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
  title: '복지로 전문기술인재장학금 (WLF00006316), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006316&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「전문기술인재장학금」',
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
    id: 'technicalTalentScholarship.livingPerSemester',
    label: { ko: '생활비 (학기당, Ⅰ유형)', en: 'living allowance (per semester, type I)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2000000 }, sources: [booklet] }],
  },
  {
    id: 'technicalTalentScholarship.minCredits',
    label: { ko: '최소 이수학점 (직전학기)', en: 'minimum credits (previous semester)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'technicalTalentScholarship.minPercentile',
    label: { ko: '성적 기준 (총 평균 백분위, 이상)', en: 'grade (overall percentile, minimum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 80 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006316',
  version: '2026.1',
  name: t('전문기술인재장학금', 'Professional Technical Talent Scholarship'),
  ministry: '교육부',
  bureau: '전문대학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '취업역량 개발노력이 우수한 전문대 학생이 안정적으로 학업 및 자기개발에 정진할 수 있도록 지원합니다.',
    'Supports junior-college students who work hard at building job skills, so they can concentrate on study and self-development.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    judgement(
      t(
        '사업 참여 전문대학 정규과정 재학, 직전학기 12학점 이상·총 평균 백분위 80점 이상 (1학년은 대학 자체 기준), 대학 선발',
        'at a participating junior college’s regular course, 12+ credits and an 80+ percentile average last semester (first-years by the college’s own criteria), selected by the college',
      ),
      t('재학 대학·과정, 이수학점·성적과 선발 결과', 'college and course, credits, grades and selection'),
    ),
  ),
  benefit: {
    description: t(
      '선발 학기부터 1년간 학기별 등록금(입학금·수업료) 전액, Ⅰ유형은 생활비 학기당 2,000,000원 추가',
      'Full tuition (entrance fee and tuition) each semester for a year from selection; type I adds a living allowance of 2,000,000 a semester',
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
