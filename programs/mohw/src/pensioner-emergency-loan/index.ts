import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노후긴급자금 대부사업 (WLF00003241), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003241&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노후긴급자금 대부 사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'pensionerEmergencyLoan.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'pensionerEmergencyLoan.maxLoan',
    label: t('대부 한도', 'loan limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10000000 }, sources: [booklet] }],
  },
  {
    id: 'pensionerEmergencyLoan.annualPensionMultiple',
    label: t('대부 한도 (연간 연금수령액의 배수)', 'loan limit as a multiple of the yearly pension'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'pensionerEmergencyLoan.repaymentYears',
    label: t('최대 원금균등 분할상환 기간 (년)', 'maximum repayment period (years)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003241',
  version: '2026.1',
  name: t('노후긴급자금 대부사업', 'Emergency loans for older National Pension recipients'),
  ministry: '보건복지부',
  bureau: '연금급여팀',
  legalBasis: [t('국민연금법', 'National Pension Act')],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '만 60세 이상의 국민연금 연금수급자에게 전월세보증금, 의료비(배우자 포함), 배우자 장제비 및 재해복구비 용도의 긴급한 생활안정자금을 저리로 지원합니다.',
    'Lends National Pension recipients aged 60 or over urgent living funds at low interest for rent deposits, medical costs (including the spouse’s), the spouse’s funeral or disaster recovery.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 60세 이상', 'aged 60 or over'), v('person.age'), '>=', param('pensionerEmergencyLoan.minAge')),
    judgement(
      t('국민연금 연금수급자', 'National Pension recipient'),
      t(
        '국민연금 연금 수급 여부와 연간 연금수령액 (국민연금공단)',
        'National Pension receipt and yearly amount (National Pension Service)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '전·월세자금, 의료비, 배우자 장제비, 재해복구비를 연간 연금수령액의 2배 이내 최고 1,000만 원까지 저리 대출, 최대 5년 원금균등 분할상환 (거치 1~2년)',
      'Low-interest loans for rent deposits, medical costs, a spouse’s funeral or disaster recovery, up to twice the yearly pension and at most 10,000,000, repaid in equal instalments over up to 5 years (1–2 years’ grace)',
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
