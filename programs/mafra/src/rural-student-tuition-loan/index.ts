import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 농촌출신대학생학자금융자 (WLF00001096), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001096&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「농촌출신 대학생 학자금 융자사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'ruralStudentLoan.minResidenceMonths',
    label: t('학부모의 농어촌 거주기간 (이상)', 'parents’ residence in a rural area (at least)'),
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 6 },
        sources: [booklet],
        note: '6개월(180일) 이상',
      },
    ],
  },
  {
    id: 'ruralStudentLoan.minGradeScore',
    label: t('직전학기 성적 (100점 만점, 이상)', 'previous-semester grade (out of 100, at least)'),
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 70 }, sources: [booklet], note: 'C학점' },
    ],
  },
  {
    id: 'ruralStudentLoan.minCredits',
    label: t('직전학기 이수학점 (이상)', 'previous-semester credits (at least)'),
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 12 },
        sources: [booklet],
        note: '소속대학 최저 이수학점이 12학점 미만이면 학사규정에 따름',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001096',
  version: '2026.1',
  name: t(
    '농촌출신대학생학자금융자',
    'Interest-free tuition loans for students from farming and fishing communities',
  ),
  ministry: '농림축산식품부',
  bureau: '농촌사회서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'quarterly',
  summary: t(
    '농어촌에 6개월(180일) 이상 거주하거나 농어업에 종사하는 학부모의 자녀, 농어업에 종사하는 대학생 본인, 농식품인재 대상학과 대학생(직전학기 성적 70점 이상·12학점 이상 이수; 신입생·장애인·졸업학년 예외)에게 당해 학기 등록금 전액을 무이자로 융자합니다. 나이 제한은 없고 대한민국 국적 학부생이어야 합니다.',
    'Undergraduates of Korean nationality whose parents have lived 6 months (180 days) in a farming or fishing area or farm or fish, who farm or fish themselves, or who study agri-food subjects (previous-semester grade 70/100 and 12 credits; exceptions for freshmen, disabled and final-year students) get an interest-free loan of the full semester tuition. No age limit.',
  ),
  criteria: all(
    undefined,
    cmp(t('대학(교) 학부생', 'undergraduate'), fact('student', 'level'), '==', lit('university')),
    cmp(
      t('대한민국 국적', 'Korean nationality'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    any(
      t(
        '자격 요건 (농어업인 자녀·농어업인 본인·농어촌 거주 학부모의 자녀·농식품인재)',
        'eligibility (farming or fishing parent or self, rural parents, agri-food student)',
      ),
      cmp(
        t('농어업에 종사하는 대학생 본인', 'student who farms or fishes'),
        fact('farmerFisher'),
        '==',
        lit(true),
      ),
      someMember(
        t('농어업에 종사하는 학부모(보호자)', 'a parent who farms or fishes'),
        cmp(t('농어업인', 'farmer or fisher'), fact('farmerFisher'), '==', lit(true)),
        { excludeSubject: true },
      ),
      judgement(
        t(
          '농어촌 6개월 이상 거주 학부모의 자녀 또는 농식품인재 대상학과 재학',
          'child of parents living 6+ months in a rural area, or agri-food student',
        ),
        t(
          '학부모의 농어촌 주민등록·거주기간(180일 이상) 또는 소속 학과 (한국장학재단)',
          'parents’ rural registration and residence (180+ days) or field of study (Korea Student Aid Foundation)',
        ),
      ),
    ),
    any(
      t(
        '성적·이수학점 기준 (장애인·신입생·졸업학년 예외)',
        'grade and credit rule (exceptions for disabled, freshmen, final year)',
      ),
      cmp(
        t('장애인 (성적·이수학점 기준 적용 제외)', 'disabled (grade and credit rule does not apply)'),
        fact('disability'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '직전학기 성적 70점 이상·12학점 이상 이수 (신입생·졸업학년은 예외)',
          'previous semester: grade 70+ and 12+ credits (freshmen and final year excepted)',
        ),
        t(
          '직전학기 성적·이수학점과 신입생·졸업학년 여부 (대학 통보)',
          'previous-semester grades and credits, freshman or final-year status (university)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '당해 학기 대학이 통보한 등록금(입학금·수업료 등) 범위 내 전액 무이자 대출 (생활비 대출 없음)',
      'interest-free loan of the full semester tuition as notified by the university (no living-cost loan)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
