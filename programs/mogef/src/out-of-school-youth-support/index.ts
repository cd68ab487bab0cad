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
  title: '복지로 학교 밖 청소년 지원 (WLF00000948), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000948&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「학교 밖 청소년 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'outOfSchoolYouth.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'outOfSchoolYouth.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000948',
  version: '2026.1',
  name: t('학교 밖 청소년 지원', 'Support for out-of-school youth (Kkumdream centres)'),
  ministry: '성평등가족부',
  bureau: '학교밖청소년지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '만 9~24세 학교 밖 청소년(초·중학교 3개월 이상 결석·취학의무 유예, 고등학교 제적·퇴학·자퇴, 고등학교 미진학)에게 꿈드림센터에서 상담, 교육, 직업체험·취업, 자립 지원을 제공합니다. 학업중단 숙려제 참여 학생도 지원할 수 있습니다.',
    'Out-of-school youth aged 9 to 24 (absent 3+ months or schooling deferred in elementary/middle school, expelled or dropped out of high school, or not entering high school) get counselling, education, work experience and self-reliance support at Kkumdream centres; students in the dropout-reflection programme can also be supported.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('outOfSchoolYouth.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('outOfSchoolYouth.maxAge')),
    any(
      t(
        '학교 밖 청소년 또는 학업중단 숙려제 참여 학생',
        'out-of-school youth or student in the dropout-reflection programme',
      ),
      cmp(t('학교 밖 청소년', 'out-of-school youth'), fact('outOfSchoolYouth'), '==', lit(true)),
      judgement(
        t('학업중단 숙려제 참여 학생', 'student in the dropout-reflection programme'),
        t(
          '학업중단 숙려제 참여 여부 (학교 확인)',
          'participation in the dropout-reflection programme (school)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '상담지원(심리·진로·가족관계), 교육지원(복교·상급학교 진학·검정고시), 직업체험 및 취업지원, 자립지원(생활·문화공간·의료·정서), 지역특성화 프로그램',
      'counselling (psychological, career, family), education (return to school, further study, qualification exams), work experience and job support, self-reliance support (living, cultural space, medical, emotional), local programmes',
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
