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
  title: '복지로 고졸 후학습자 장학사업(희망사다리Ⅱ유형) (WLF00006286), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006286&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고졸 후학습자 장학금(희망사다리Ⅱ유형)」',
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
    id: 'hopeLadder2Scholarship.minYears',
    label: { ko: '재직경력 기준 (심사일 기준, 이상)', en: 'years in the job (at review, minimum)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'hopeLadder2Scholarship.minYearsSme',
    label: {
      ko: '중소·중견기업 재직자 재직경력 기준 (이상)',
      en: 'years in the job at an SME or mid-sized firm (minimum)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'hopeLadder2Scholarship.minPercentile',
    label: { ko: '직전학기 성적 기준 (백분위, 이상)', en: 'previous-semester grade (percentile, minimum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006286',
  version: '2026.1',
  name: t(
    '고졸 후학습자 장학사업(희망사다리Ⅱ유형)',
    'Hope Ladder Scholarship Type II (Learning After High-School Employment)',
  ),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'other',
  cycle: 'semiannual',
  summary: t(
    '고졸 졸업 후 대학 진학 일변도로 인한 과잉 학력 및 청년 일자리의 구조적 문제 해소를 위한 선취업 후학습 활성화를 도모합니다.',
    'Promotes “work first, study later” to ease over-qualification and structural youth-employment problems caused by everyone going straight to university after high school.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    cmp(
      t('재직 중 (임금근로자)', 'employed (wage employee)'),
      fact('employment', 'status'),
      '==',
      lit('employee', t('임금근로자', 'employee')),
    ),
    judgement(
      t(
        '최종학력 고졸, 지원대상기업(중소·중견·대기업·비영리기관) 2년 이상 재직(중소·중견 1년 이상), 직전학기 백분위 70점 이상, 선발',
        'high school as final qualification, 2+ years (1+ at an SME or mid-sized firm) with an eligible employer, a 70+ percentile last semester, selected',
      ),
      t(
        '최종학력·재직기관·재직기간·성적과 선발 결과',
        'final qualification, employer, years employed, grades and selection',
      ),
    ),
  ),
  benefit: {
    description: t(
      '중소·중견기업 재직자 등록금 전액, 대기업·비영리기관 재직자 등록금 50% (졸업까지 계속 지원; 수혜학기×4개월 의무재직, 불이행 시 환수)',
      'SME and mid-sized-firm employees: full tuition; large-firm and non-profit employees: 50% (until graduation; must stay employed 4 months per funded semester or repay)',
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
