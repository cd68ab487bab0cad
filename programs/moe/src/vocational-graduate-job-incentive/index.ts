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
  title: '복지로 고교 취업연계 장려금 (WLF00006236), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006236&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「취업연계 장려금」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'vocationalGraduateJobIncentive.amount',
    label: { ko: '취업연계 장려금', en: 'job-placement incentive' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5000000 },
        sources: [booklet],
        note: '3개월·12개월 분할 지급',
      },
    ],
  },
  {
    id: 'vocationalGraduateJobIncentive.requiredMonths',
    label: { ko: '지급 요건 근무기간', en: 'months of work required' },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'vocationalGraduateJobIncentive.minCourseMonths',
    label: {
      ko: '일반고 직업교육 위탁과정 기간 (이상)',
      en: 'length of a general high school’s commissioned vocational course (minimum)',
    },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006236',
  version: '2026.1',
  name: t('고교 취업연계 장려금', 'Job-Placement Incentive for Vocational High-School Graduates'),
  ministry: '교육부',
  bureau: '직업교육정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '고졸 기술·기능인재가 사회초기 안정적으로 정착할 수 있도록 취업연계 장려금을 지원합니다.',
    'Pays an employment-linked incentive so that high-school-graduate technical and skilled talent can settle stably in their early working lives.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('취업 (임금근로자)', 'employed (wage employee)'),
      fact('employment', 'status'),
      '==',
      lit('employee', t('임금근로자', 'employee')),
    ),
    judgement(
      t(
        '직업계고 또는 일반고 직업교육 위탁과정(6개월 이상) 졸업(예정)자로 중소·중견기업 취업',
        'a graduate (or graduating student) of a vocational high school or a general high school’s 6+-month commissioned vocational course, employed at an SME or mid-sized firm',
      ),
      t('출신 고교·과정과 취업 기업 규모', 'school and course, and the employer’s size'),
    ),
  ),
  benefit: {
    description: t(
      '중소·중견기업에 취업하여 12개월 근무 시 5,000,000원 (3개월·12개월 분할 지급, 신청자에 한함)',
      '5,000,000 after 12 months with an SME or mid-sized firm (paid in two parts, at 3 and 12 months, on application)',
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
