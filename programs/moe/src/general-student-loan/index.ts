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
  title: '복지로 일반 상환 학자금대출 (WLF00003276), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003276&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「일반 상환 학자금 대출」',
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
    id: 'generalStudentLoan.maxAge',
    label: { ko: '대출 연령 상한 (만 나이, 이하)', en: 'age limit (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 55 }, sources: [booklet] }],
  },
  {
    id: 'generalStudentLoan.minScore',
    label: {
      ko: '직전학기 성적 기준 (100점 만점, 이상)',
      en: 'previous-semester grade (out of 100, minimum)',
    },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 70 },
        sources: [booklet],
        note: '신입생·장애인 제외',
      },
    ],
  },
  {
    id: 'generalStudentLoan.minCredits',
    label: { ko: '직전학기 이수학점 기준', en: 'previous-semester credits' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 12 },
        sources: [booklet],
        note: '신입생·장애인·대학원생·학점은행제 학습자 제외',
      },
    ],
  },
  {
    id: 'generalStudentLoan.livingLoanPerSemester',
    label: { ko: '생활비 대출 (학기당)', en: 'living-cost loan (per semester)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 2000000 },
        sources: [booklet],
        note: '학점은행제 학습자는 생활비대출 미지원',
      },
    ],
  },
  {
    id: 'generalStudentLoan.interestRate',
    label: { ko: '대출금리 (고정, 연)', en: 'interest rate (fixed, annual)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.017 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003276',
  version: '2026.1',
  name: t('일반 상환 학자금대출', 'General-Repayment Student Loan'),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: [],
  provision: 'loan',
  cycle: 'semiannual',
  summary: t(
    '학자금이 필요한 대학(원)생 및 학점은행제 학습자에게 저리로 학자금대출을 지원하여 균등한 고등교육 기회를 제공합니다.',
    'Low-interest student loans for university and graduate students and credit-bank learners who need them, for equal access to higher education.',
  ),
  criteria: all(
    undefined,
    any(
      t('대학(원)생 또는 학점은행제 학습자', 'university or graduate student, or credit-bank learner'),
      atUniversity(),
      judgement(
        t(
          '학점은행제 교육훈련기관의 평가인정 학습과정 학습자',
          'a learner on an accredited credit-bank course',
        ),
        t('학점은행제 학습자 등록', 'credit-bank enrolment'),
      ),
    ),
    cmp(t('만 55세 이하', 'aged 55 or under'), v('person.age'), '<=', param('generalStudentLoan.maxAge')),
    judgement(
      t(
        '직전학기 성적 70점·12학점 이상 (신입생·장애인 등 제외) 및 신용 요건 (학자금대출 연체자·금융채무 불이행자 제한)',
        'a 70+ grade and 12+ credits last semester (not for new or disabled students, …) and credit standing (no student-loan arrears or financial default)',
      ),
      t('성적·이수학점과 신용 정보', 'grades, credits and credit record'),
    ),
  ),
  benefit: {
    description: t(
      '등록금 대출(당해학기 소요액 전액), 생활비 대출 학기당 2,000,000원; 연 1.7% 고정금리, 원리금균등 또는 원금균등 분할상환 (최장 20년)',
      'Tuition loans (the full semester cost) and living-cost loans of 2,000,000 a semester; 1.7% fixed, repaid in equal instalments over up to 20 years',
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
