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
  title: '복지로 제대군인 대부지원 (WLF00003193), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003193&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장기복무 제대군인 대부 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'dischargedServicememberLoan.minServiceYears',
    label: t('복무기간 (이상)', 'minimum length of service'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLoan.minAmount',
    label: t('대부 한도 (최저)', 'loan limit (lowest)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLoan.maxAmount',
    label: t('대부 한도 (최고)', 'loan limit (highest)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 80000000 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLoan.rateMin',
    label: t('대부 연이율 (최저)', 'annual interest rate (lowest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.035 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLoan.rateMax',
    label: t('대부 연이율 (최고)', 'annual interest rate (highest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.045 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLoan.termMinYears',
    label: t('상환기간 (최단)', 'repayment term (shortest)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLoan.termMaxYears',
    label: t('상환기간 (최장)', 'repayment term (longest)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003193',
  version: '2026.1',
  name: t('제대군인 대부지원', 'Loans for discharged service members'),
  ministry: '국가보훈부',
  bureau: '제대군인일자리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'loan',
  cycle: 'asNeeded',
  summary: t(
    '금융기관에 대부업무를 위탁하고 저신용자 등은 보훈(지)청에서 직접 대부를 지원하여, 장기복무 제대군인의 생활안정을 도모합니다.',
    'Entrusts lending to financial institutions (with direct loans from veterans offices for people with poor credit) to stabilise the lives of long-service discharged service members.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('전역한 제대군인', 'discharged from military service'),
      fact('military', 'status'),
      'in',
      lit(['discharged']),
    ),
    judgement(
      t(
        '10년 이상 현역으로 복무하고 장교·준사관·부사관으로 전역',
        'served 10+ years on active duty and left as an officer, warrant officer or non-commissioned officer',
      ),
      t(
        '복무기간과 전역 계급 (국방부·국가보훈부)',
        'length of service and rank at discharge (defence and veterans ministries)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '주택구입(신축)·아파트분양·주택임차·농토구입·사업자금·학자금·생활안정 비용을 연 3.5~4.5%로 300만~8,000만 원까지 대출 (3~20년 상환; 2024년 기준)',
      'Loans of 3 to 80 million at 3.5–4.5% a year for housing, farmland, business, education or living costs, repaid over 3–20 years (2024)',
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
      {
        id: 'dischargeCertificate',
        label: t('전역증 또는 병적증명서', 'discharge certificate or military service record'),
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
