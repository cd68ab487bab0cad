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
  title: '복지로 국가보훈대상자 보훈장학금 (WLF00000054), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000054&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가보훈대상자 보훈장학금 지급」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransScholarship.graduateMaxPerSemester',
    label: t('대학원 보훈장학금 (학기별 최고)', 'graduate-school scholarship (per term, maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1150000 }, sources: [booklet] }],
  },
  {
    id: 'veteransScholarship.specialSchoolPerSemester',
    label: t('특수학교 보훈장학금 (학기별)', 'special-school scholarship (per term)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300000 }, sources: [booklet] }],
  },
  {
    id: 'veteransScholarship.universityMaxPerSemester',
    label: t('대학 보훈장학금 (학기별 최고)', 'university scholarship (per term, maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 900000 }, sources: [booklet] }],
  },
  {
    id: 'veteransScholarship.minGradePoints',
    label: t('대학원 직전학기 성적 기준 (점 이상)', 'minimum last-term grade for graduate students (points)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 85 }, sources: [booklet] }],
  },
  {
    id: 'veteransScholarship.childAgeLimit',
    label: t('군경 자녀 연령 (만 나이 미만)', 'age limit for children of soldiers and police (under)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 35 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000054',
  version: '2026.1',
  name: t('국가보훈대상자 보훈장학금', 'Veterans’ scholarship'),
  ministry: '국가보훈부',
  bureau: '생활안정과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '보훈관계 법령상 학비가 면제되지 않는 대학원 재학 국가유공자, 5·18민주유공자, 보훈보상대상자 본인 등에 대해 장학지원을 하여 면학의욕을 고취합니다.',
    'Gives scholarships to graduate-school students who are persons of national merit, May 18 democracy merit or veterans-compensation beneficiaries (and others) and whose tuition is not exempted under veterans’ laws, to encourage their studies.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '국가보훈대상자 등록 (교육지원대상자: 유공자 본인·배우자·자녀 등)',
        'registered with the veterans ministry (education-support beneficiary: the person of merit, spouse, children and others)',
      ),
      fact('veteran'),
      '==',
      lit(true),
    ),
    cmp(t('재학 중', 'enrolled in education'), fact('student'), '==', lit(true)),
    judgement(
      t(
        '과정별 요건: 대학원 재학 유공자 본인·전몰·순직·사망유공자 배우자·군경 자녀(부모 모두 사망, 35세 미만)로 직전학기 성적 85점 이상, 또는 특수교육대상자, 또는 6·25전몰군경 자녀의 자녀로 대학 재학',
        'by track: graduate students (the person of merit, the spouse of a fallen person of merit, or a child of fallen or wounded soldiers or police whose parents have both died, under 35) with last-term grades of 85 or more; special-education students; or university students who are grandchildren of Korean War dead',
      ),
      t(
        '교육지원대상자 여부, 재학 과정(대학원·특수학교·대학)과 직전학기 성적',
        'education-support status, programme (graduate school, special school, university) and last-term grades',
      ),
    ),
  ),
  benefit: {
    description: t(
      '학기별 장학금: 대학원 최고 1,150,000원, 특수학교 300,000원, 대학 최고 900,000원 (2024년 기준)',
      'Per-term scholarships: graduate school up to 1,150,000, special school 300,000, university up to 900,000 (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
