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
  title: '복지로 우수학생 국가장학금 지원 (WLF00001071), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001071&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「이공계 우수학생 국가장학사업」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'scienceScholarships.studyAllowance',
    [
      '대통령과학장학금 학업장려비 (학기당)',
      'Presidential science scholarship study allowance (per semester)',
    ],
    'krw',
    2500000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'scienceScholarships.livingAllowance',
    ['기초생활수급자 생활비 (학기당)', 'living allowance for NBLSS recipients (per semester)'],
    'krw',
    2500000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'scienceScholarships.masterMonthly',
    ['대학원 석사과정 (월)', 'graduate scholarship, master’s (monthly)'],
    'krw/month',
    1500000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'scienceScholarships.doctorMonthly',
    ['대학원 박사과정 (월)', 'graduate scholarship, doctoral (monthly)'],
    'krw/month',
    2000000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'scienceScholarships.minGrade',
    ['계속지원 성적 기준 (100점 만점, 이상)', 'grade needed to continue (out of 100)'],
    'count',
    87,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'scienceScholarships.minCredits',
    ['계속지원 최소 이수학점 (직전학기)', 'minimum credits last semester'],
    'count',
    12,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00001071',
  version: '2026.1',
  name: t(
    '우수학생 국가장학금 지원',
    'National scholarships for outstanding science and engineering students',
  ),
  ministry: '과학기술정보통신부',
  bureau: '미래인재양성과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '이공계 우수 학생을 조기 발굴, 학비를 지원하여 이공계 진학 유도 및 미래의 핵심인재로 육성을 지원합니다.',
    'Finds outstanding science and engineering students early and pays their studies, to draw them into science and engineering and develop them as key talent.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '고등학교(입학예정자) 또는 대학(원) 재학',
        'in high school (incoming students) or at university or graduate school',
      ),
      fact('student', 'level'),
      'in',
      lit(['high', 'university'], t('고교·대학', 'high school or university')),
    ),
    judgement(
      t(
        '국내 4년제 대학 자연과학·공학계열 입학예정(확정) 신입생 또는 3학년, 해외 대학 입학예정자, 또는 일반대학원 이공계 입학예정·재학, 장학생 선발',
        'an incoming first-year or third-year student in natural sciences or engineering at a four-year university (or admitted abroad), or a science or engineering graduate student, selected as a scholar',
      ),
      t(
        '학과·학년 확인과 선발 (한국장학재단)',
        'department, year and selection (Korea Student Aid Foundation)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '대통령과학장학금: 등록금 전액, 학업장려비 학기당 250만 원, 기초생활수급자 생활비 학기당 250만 원 (해외 연 5만 USD 이내); 국가우수장학금(이공계): 등록금 전액과 수급자 생활비; 대학원대통령과학장학금: 석사 월 150만 원·박사 월 200만 원',
      'Presidential science scholarship: full tuition, KRW 2,500,000 per semester study allowance and 2,500,000 living allowance for NBLSS recipients (abroad up to USD 50,000 a year); national science scholarship: full tuition plus the recipients’ living allowance; graduate scholarship: 1,500,000 a month (master’s), 2,000,000 (doctoral)',
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
  parameters,
  cases,
});
