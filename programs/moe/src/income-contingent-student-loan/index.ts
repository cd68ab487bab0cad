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
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 취업 후 상환 학자금대출 (WLF00003277), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003277&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「취업 후 상환 학자금대출」',
  status: 'official',
};
const changes2026: Source = {
  title:
    '「2026년부터 이렇게 달라집니다」(재정경제부) — 헬로티 2025-12-31 보도: 취업 후 상환 학자금대출 등록금 대출 대상 모든 대학생·대학원생으로 확대, 대학원생 생활비 대출 6구간 이하',
  url: 'https://www.hellot.net/mobile/article.html?no=108640',
  status: 'secondary',
};

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'incomeContingentStudentLoan.undergradMaxAge',
    label: { ko: '학부생 연령 상한 (만 나이, 이하)', en: 'undergraduate age limit (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 35 }, sources: [booklet] }],
  },
  {
    id: 'incomeContingentStudentLoan.lateLearnerMaxAge',
    label: { ko: '선취업 후진학자 등 연령 상한 (이하)', en: 'age limit for work-first learners (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 45 }, sources: [booklet] }],
  },
  {
    id: 'incomeContingentStudentLoan.graduateMaxAge',
    label: { ko: '대학원생 연령 상한 (이하)', en: 'graduate age limit (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40 }, sources: [booklet] }],
  },
  {
    id: 'incomeContingentStudentLoan.undergradMaxBracket',
    label: { ko: '학부 학자금 지원구간 상한 (이하)', en: 'undergraduate student-aid bracket (at most)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 8 },
        sources: [booklet],
        note: '다자녀 가구는 소득 무관; 2026년부터 등록금 대출은 모든 대학생·대학원생 (보도)',
      },
    ],
  },
  {
    id: 'incomeContingentStudentLoan.graduateMaxBracket',
    label: { ko: '대학원 학자금 지원구간 상한 (이하)', en: 'graduate student-aid bracket (at most)' },
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 6 },
        sources: [changes2026],
        note: '대학원생 생활비 대출 4구간 → 6구간 이하',
      },
    ],
  },
  {
    id: 'incomeContingentStudentLoan.livingLoanPerSemester',
    label: { ko: '생활비 대출 (학기당)', en: 'living-cost loan (per semester)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2000000 }, sources: [booklet] }],
  },
  {
    id: 'incomeContingentStudentLoan.interestRate',
    label: { ko: '대출금리 (변동, 연)', en: 'interest rate (variable, annual)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.017 }, sources: [booklet] }],
  },
  {
    id: 'incomeContingentStudentLoan.repaymentThreshold',
    label: { ko: '상환기준소득 (연소득)', en: 'repayment income threshold (annual)' },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 26790000 },
        sources: [booklet],
        note: '이하이면 원리금 상환유예',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003277',
  version: '2026.1',
  name: t('취업 후 상환 학자금대출', 'Income-Contingent Student Loan'),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['lowIncome'],
  provision: 'loan',
  cycle: 'semiannual',
  summary: t(
    '대학 학자금 마련에 어려움을 겪는 학생들에게 저리의 학자금대출을 지원하여 취업 후 일정기준의 소득이 발생한 때부터 상환할 수 있도록 합니다.',
    'Low-interest student loans for students struggling to pay for university, repaid once they earn above a set income after finding work.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    cmp(
      t(
        '대한민국 국민 (해외이주·영주권자·재외국민 제외)',
        'Korean national (not emigrants, permanent residents abroad or overseas nationals)',
      ),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    any(
      t('연령 요건', 'age requirement'),
      cmp(
        t('학부생 만 35세 이하', 'undergraduate aged 35 or under'),
        v('person.age'),
        '<=',
        param('incomeContingentStudentLoan.undergradMaxAge'),
      ),
      all(
        t('선취업 후진학자 등 만 45세 이하', 'work-first learner aged 45 or under'),
        cmp(
          t('만 45세 이하', 'aged 45 or under'),
          v('person.age'),
          '<=',
          param('incomeContingentStudentLoan.lateLearnerMaxAge'),
        ),
        judgement(
          t('선취업 후진학자 등', 'a work-first learner or similar'),
          t('선취업 후진학 여부', 'work-first status'),
        ),
      ),
      all(
        t('대학원생 만 40세 이하', 'graduate student aged 40 or under'),
        cmp(
          t('만 40세 이하', 'aged 40 or under'),
          v('person.age'),
          '<=',
          param('incomeContingentStudentLoan.graduateMaxAge'),
        ),
        judgement(
          t('대학원·전문기술석사 과정 재학', 'on a graduate or professional master’s course'),
          t('대학원 재학 여부', 'graduate enrolment'),
        ),
      ),
    ),
    any(
      t(
        '소득 요건 (학자금 지원구간 8구간 이하; 다자녀 가구 무관)',
        'income requirement (student-aid bracket 8 or below; none for large families)',
      ),
      nblssAny(),
      nearPoorMember(),
      judgement(
        t(
          '학자금 지원구간 8구간 이하 또는 다자녀 가구 (2026년부터 등록금 대출은 모든 대학생·대학원생)',
          'student-aid bracket 8 or below, or a large family (from 2026 tuition loans are open to all students)',
        ),
        t('학자금 지원구간 또는 다자녀 여부', 'the student-aid bracket or large-family status'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '등록금 대출(당해학기 소요액 전액), 생활비 대출 학기당 2,000,000원; 연 1.7% 변동금리. 연소득이 상환기준소득(2024년 26,790,000원) 이하이면 상환유예, 초과 시 소득에 따라 의무상환. 기초·차상위·다자녀 재학 중 이자 면제',
      'Tuition loans (the full semester cost) and living-cost loans of 2,000,000 a semester at 1.7% variable. Repayment waits while annual income is at most the threshold (26,790,000 in 2024) and is income-linked above it. Interest waived while studying for NBLSS, near-poor and large-family students',
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
  sources: [catalogue, booklet, changes2026],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: parameters,
  cases,
});
