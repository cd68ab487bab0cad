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
  title: '복지로 대학생 근로장학금 지원 (WLF00001060), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001060&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「국가근로장학금」', status: 'official' };

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'nationalWorkStudy.minScore',
    label: { ko: '성적 기준 (100점 만점, 이상)', en: 'grade (out of 100, minimum)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 70 },
        sources: [booklet],
        note: 'C0 학점; 신입생·편입생 첫 학기 미적용',
      },
    ],
  },
  {
    id: 'nationalWorkStudy.maxBracket',
    label: { ko: '학자금 지원구간 상한 (이하)', en: 'student-aid income bracket (at most)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 9 },
        sources: [booklet],
        note: '긴급 경제위기 가구, 봉사·취업연계 유형은 구간 적용 배제 가능',
      },
    ],
  },
  {
    id: 'nationalWorkStudy.hourlyOnCampus',
    label: { ko: '시급 단가 (교내근로)', en: 'hourly rate (on-campus work)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9860 }, sources: [booklet] }],
  },
  {
    id: 'nationalWorkStudy.hourlyOffCampus',
    label: { ko: '시급 단가 (교외근로)', en: 'hourly rate (off-campus work)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12220 }, sources: [booklet] }],
  },
  {
    id: 'nationalWorkStudy.maxHoursPerSemester',
    label: { ko: '최대 근로시간 (1학기당)', en: 'maximum hours (per semester)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 520 },
        sources: [booklet],
        note: '1일 8시간, 주 20시간(방학 중 40시간)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001060',
  version: '2026.1',
  name: t('대학생 근로장학금 지원', 'National Work-Study Scholarship'),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: ['multicultural', 'multiChild', 'veteran', 'disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '저소득층 대학생에게 근로 기회를 제공하고 그에 따른 대가(장학금)를 지급하여 안정적인 학업 여건을 조성합니다.',
    'Gives low-income university students work opportunities and pays them (as a scholarship) for it, for stable study conditions.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    judgement(
      t(
        '사업 참여 대학 재학, 직전학기 성적 70점(C0) 이상(신·편입생 첫 학기 제외), 학자금 지원구간 9구간 이하',
        'at a participating university, a 70 (C0) or higher grade last semester (not for a new or transfer student’s first semester), student-aid bracket 9 or below',
      ),
      t(
        '재학 대학의 참여 여부, 성적과 학자금 지원구간',
        'the university’s participation, grades and the student-aid bracket',
      ),
    ),
  ),
  benefit: {
    description: t(
      '근로시간당 장학금 매월 지급: 교내근로 시급 9,860원, 교외근로 12,220원 (1일 8시간, 주 20시간(방학 중 40시간), 1학기 최대 520시간)',
      'A scholarship per hour worked, paid monthly: 9,860 an hour on campus, 12,220 off campus (8 hours a day, 20 a week — 40 in holidays — and at most 520 a semester)',
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
