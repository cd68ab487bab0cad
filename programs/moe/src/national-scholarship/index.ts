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
  title: '복지로 국가장학금(Ⅰ, Ⅱ유형) (WLF00003197), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003197&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가장학금[Ⅰ, Ⅱ유형, 다자녀(세자녀 이상)]」',
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
    id: 'nationalScholarship.typeIMaxBracket',
    label: { ko: 'Ⅰ유형 학자금 지원구간 상한 (이하)', en: 'type I student-aid bracket (at most)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 8 }, sources: [booklet] }],
  },
  {
    id: 'nationalScholarship.typeIIMaxBracket',
    label: { ko: 'Ⅱ유형 학자금 지원구간 상한 (이하)', en: 'type II student-aid bracket (at most)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 9 },
        sources: [booklet],
        note: '대학이 인정하면 10구간도 가능',
      },
    ],
  },
  {
    id: 'nationalScholarship.minCredits',
    label: { ko: '최소 이수학점', en: 'minimum credits' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'nationalScholarship.minScore',
    label: { ko: '성적 기준 (100점 만점, 이상)', en: 'grade (out of 100, minimum)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 80 },
        sources: [booklet],
        note: 'B학점; 신·편입생, 장애인학생, 자립준비청년 미적용',
      },
    ],
  },
  {
    id: 'nationalScholarship.lowIncomeMinScore',
    label: {
      ko: '기초·차상위 성적 기준 (100점 만점, 이상)',
      en: 'grade for NBLSS and near-poor students (minimum)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70 }, sources: [booklet] }],
  },
  {
    id: 'nationalScholarship.bracket1to2Annual',
    label: { ko: 'Ⅰ유형 연간 최대 (1~2구간)', en: 'type I annual maximum (brackets 1–2)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5700000 }, sources: [booklet] }],
  },
  {
    id: 'nationalScholarship.bracket3to4Annual',
    label: { ko: 'Ⅰ유형 연간 최대 (3~4구간)', en: 'type I annual maximum (brackets 3–4)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4200000 }, sources: [booklet] }],
  },
  {
    id: 'nationalScholarship.bracket5to8Annual',
    label: { ko: 'Ⅰ유형 연간 최대 (5~8구간)', en: 'type I annual maximum (brackets 5–8)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3500000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003197',
  version: '2026.1',
  name: t('국가장학금(Ⅰ, Ⅱ유형)', 'National Scholarship (Types I and II)'),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multiChild'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '누구나 경제적 여건에 관계없이 의지와 능력에 따라 대학교육의 기회를 가질 수 있도록 소득연계를 통한 대학 등록금을 차등 지원합니다.',
    'So that anyone can go to university according to will and ability whatever their finances, tuition is supported on a sliding scale linked to income.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    judgement(
      t(
        '학자금 지원구간 8구간(Ⅰ유형)·9구간(Ⅱ유형, 대학 자체 선발) 이하, 성적 기준 (12학점·80점 이상; 기초·차상위 70점; 신·편입생·장애인학생·자립준비청년 미적용)',
        'student-aid bracket 8 or below (type I) or 9 (type II, selected by the university); grades (12 credits and 80+; 70 for NBLSS and near-poor; not for new or transfer students, disabled students or care leavers)',
      ),
      t(
        '학자금 지원구간 (사회보장정보시스템 소득·재산 조사)과 성적',
        'the student-aid bracket (income and asset check) and grades',
      ),
    ),
  ),
  benefit: {
    description: t(
      'Ⅰ유형 연간 최대: 기초·차상위 등록금 전액, 1~2구간 5,700,000원, 3~4구간 4,200,000원, 5~8구간 3,500,000원 (2024년; 다자녀 셋째 이상 등록금 전액). Ⅱ유형은 대학 자체 기준으로 차등 지원',
      'Type I annual maxima: full tuition for NBLSS and near-poor students; 5,700,000 (brackets 1–2), 4,200,000 (3–4), 3,500,000 (5–8) in 2024; third and later children of large families get full tuition. Type II varies by the university’s own criteria',
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
