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
  title: '복지로 건강보험 임의계속가입제도 (WLF00006258), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006258&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「건강보험 임의계속가입제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'voluntaryContinuedCoverage.lookbackMonths',
    label: t('직장가입 이력 확인 기간 (퇴직 전 개월)', 'look-back period before leaving (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'voluntaryContinuedCoverage.minInsuredMonths',
    label: t(
      '직장가입자 자격 유지 기간 (통산 개월 이상)',
      'months insured as an employee (at least, in total)',
    ),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'voluntaryContinuedCoverage.maxMonths',
    label: t('임의계속가입 최대 기간 (개월)', 'maximum period of continued coverage (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 36 }, sources: [booklet] }],
  },
  {
    id: 'voluntaryContinuedCoverage.applicationMonths',
    label: t(
      '신청 기한 (최초 지역보험료 납부기한으로부터 개월 이내)',
      'application deadline after the first regional premium is due (months)',
    ),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006258',
  version: '2026.1',
  name: t('건강보험 임의계속가입제도', 'Voluntary continued health insurance coverage after leaving a job'),
  ministry: '보건복지부',
  bureau: '보험정책과',
  legalBasis: [t('국민건강보험법 제110조', 'National Health Insurance Act art. 110')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '실업자에 대한 경제적 부담을 완화하고자 임의계속보험료가 지역보험료보다 적은 경우 임의계속보험료를 납부할 수 있도록 하는 특례 제도입니다.',
    'A special rule easing the burden on the unemployed: if the continued-coverage premium is lower than the regional premium, they may pay the continued-coverage premium.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('사용관계 종료 (현재 근로자가 아님)', 'employment has ended (not an employee now)'),
      fact('employment', 'status'),
      '!=',
      lit('employee', t('근로자', 'employee')),
    ),
    judgement(
      t(
        '퇴직 전 18개월 중 직장가입자 자격 통산 1년 이상, 지역보험료가 퇴직 전 직장보험료보다 많음',
        'insured as an employee for at least 1 year in the 18 months before leaving, and the regional premium exceeds the former employee premium',
      ),
      t(
        '직장가입 이력과 보험료 비교 (국민건강보험공단)',
        'employee-insurance history and premium comparison (NHIS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '퇴직 후 최대 36개월 동안 퇴직 전 직장보험료 수준으로 납부',
      'For up to 36 months after leaving, the premium stays at the former employee level',
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
