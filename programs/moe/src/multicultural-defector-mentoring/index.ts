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
  title: '복지로 다문화·탈북학생 멘토링 (WLF00003188), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003188&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「다문화 · 탈북학생 멘토링 지원」',
  status: 'official',
};

const SCHOOL = ['elementary', 'middle', 'high'];
const inSchool = () =>
  cmp(
    t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
    fact('student', 'level'),
    'in',
    lit(SCHOOL, t('초·중·고', 'elementary, middle or high')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'multiculturalDefectorMentoring.maxHoursPerSemester',
    label: { ko: '멘토링 활동시간 한도 (학기당)', en: 'mentoring hours per semester (maximum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 520 }, sources: [booklet] }],
  },
  {
    id: 'multiculturalDefectorMentoring.maxHoursPerDay',
    label: { ko: '멘토링 활동시간 한도 (1일)', en: 'mentoring hours per day (maximum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 8 }, sources: [booklet] }],
  },
  {
    id: 'multiculturalDefectorMentoring.maxHoursPerWeek',
    label: { ko: '멘토링 활동시간 한도 (주당, 학기 중)', en: 'mentoring hours per week in term (maximum)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 20 },
        sources: [booklet],
        note: '방학 중 주당 40시간 이내',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003188',
  version: '2026.1',
  name: t('다문화·탈북학생 멘토링', 'Mentoring for Multicultural and North Korean Defector Students'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '다문화 가정의 학생과 북한에서 남한으로 이주한 학생이 학교 생활에 잘 적응하여 기초학력이 향상되도록 대학생이 돕습니다.',
    'University students help children of multicultural families and students who moved from North Korea adapt to school and improve their basic learning.',
  ),
  criteria: all(
    undefined,
    any(
      t('다문화가족 또는 북한이탈주민 가정', 'multicultural or North Korean defector family'),
      someMember(
        t('다문화가족', 'multicultural family'),
        cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
      ),
      someMember(
        t('북한이탈주민 가정', 'North Korean defector family'),
        cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      ),
    ),
    any(
      t('유치원·초·중·고등학교 재학 수준', 'at kindergarten, elementary, middle or high-school level'),
      inSchool(),
      cmp(
        t('유치원 재원', 'attends a kindergarten'),
        fact('daycareUse', 'kind'),
        '==',
        lit('kindergarten', t('유치원', 'kindergarten')),
      ),
      all(
        t('학교 밖 아동·청소년 (가구의 자녀)', 'a child of the household not at school'),
        cmp(
          t('가구의 자녀', 'a child of the household'),
          v('person.relation'),
          '==',
          lit('child', t('자녀', 'child')),
        ),
        judgement(
          t(
            '유치원·초·중·고 재학 수준의 학교 밖 아동·청소년 (지역아동센터·학교 밖 청소년지원센터 등 신청)',
            'an out-of-school child at kindergarten-to-high-school level (applying through community child centres, out-of-school youth centres, …)',
          ),
          t('아동·청소년의 학령 수준과 신청 기관', 'the child’s school-age level and the applying centre'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '대학생 멘토의 한국어·기초학습 지도, 학교생활·진로 상담, 놀이 학습, 한국문화 체험 (학기당 520시간, 1일 8시간, 주당 20시간 이내; 방학 중 주당 40시간). 멘토 급여는 국가근로장학금으로 지급되어 가정 부담 없음',
      'University-student mentors teach Korean and basic subjects, advise on school life and careers, and offer play-based learning and Korean culture (up to 520 hours a semester, 8 a day, 20 a week; 40 a week in holidays). Mentors are paid from the national work-study scholarship, so families pay nothing',
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
