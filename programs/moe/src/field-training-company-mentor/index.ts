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
  title: '복지로 현장실습 기업현장 교육지원 (WLF00006235), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006235&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「현장실습 기업현장 교육지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'fieldTrainingCompanyMentor.dailyAmount',
    label: { ko: '현장실습 지도 수당 (일)', en: 'supervision allowance (per day)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30000 }, sources: [booklet] }],
  },
  {
    id: 'fieldTrainingCompanyMentor.maxAmount',
    label: { ko: '현장실습 지도 수당 한도', en: 'supervision allowance limit' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2100000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006235',
  version: '2026.1',
  name: t('현장실습 기업현장 교육지원', 'Field-Training Allowance for Company Mentors'),
  ministry: '교육부',
  bureau: '직업교육정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '직업계고 현장실습생을 지도·관리하는 기업현장교사에게 지도 수당을 지급하여 학생들의 권익 보호 강화 및 내실 있는 현장교육이 이루어질 수 있도록 지원합니다.',
    'Pays a supervision allowance to company field teachers who guide and manage vocational high-school trainees, protecting the students’ rights and making field training worthwhile.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('재직 중 (기업 근로자)', 'employed at a company'),
      fact('employment', 'status'),
      '==',
      lit('employee', t('임금근로자', 'employee')),
    ),
    judgement(
      t(
        '직업계고 산업체 채용형 현장실습을 지도하는 기업 현장교사',
        'a company field teacher supervising a vocational high school’s recruitment-linked field training',
      ),
      t('현장실습 지도 기업 현장교사 지정', 'designation as the field teacher'),
    ),
  ),
  benefit: {
    description: t(
      '현장실습 1일 30,000원 (2,100,000원 한도)',
      '30,000 per day of field training (up to 2,100,000)',
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
