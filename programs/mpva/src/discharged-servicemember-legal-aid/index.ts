import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중장기복무 제대군인 무료법률 구조지원 (WLF00000747), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000747&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중장기복무 제대군인 무료법률 구조 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'dischargedServicememberLegalAid.incomeShare',
    label: t('구조대상 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.25 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLegalAid.minServiceYears',
    label: t('복무기간 (이상)', 'minimum length of service'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'dischargedServicememberLegalAid.maxServiceMonths',
    label: t('복무기간 상한 (19년 6개월 미만)', 'length of service limit (under 19 years 6 months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 234 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000747',
  version: '2026.1',
  name: t(
    '중장기복무 제대군인 무료법률 구조지원',
    'Free legal aid for mid- and long-term discharged service members',
  ),
  ministry: '국가보훈부',
  bureau: '제대군인일자리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['veteran'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '제대군인이 사회적응 과정에서 겪는 법률문제를 대한법률구조공단을 통해 무료로 지원합니다.',
    'Provides free legal aid through the Korea Legal Aid Corporation for legal problems that discharged service members face while adjusting to civilian life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('전역한 제대군인', 'discharged from military service'),
      fact('military', 'status'),
      'in',
      lit(['discharged']),
    ),
    cmp(
      t('군인연금 수급권 없음', 'no military pension entitlement'),
      fact('occupationalPension'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '현역 5년 이상 19년 6개월 미만 복무한 중·장기복무 제대군인',
        'served 5 years to under 19 years 6 months on active duty',
      ),
      t('복무기간 (국방부·국가보훈부)', 'length of service (defence and veterans ministries)'),
    ),
    cmp(
      t('가구 소득 기준 중위소득 125% 이하', 'household income at most 125% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 비율', 'median income × share'),
        param('median.income', { by: 'household.size' }),
        param('dischargedServicememberLegalAid.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '변호사 비용, 인지액, 송달료 등 제반 소송비용 지원 (대한법률구조공단이 먼저 지급하고 국가가 비용 지원)',
      'Lawyer fees, stamp duties, service fees and other litigation costs (paid first by the Korea Legal Aid Corporation, then reimbursed by the state)',
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
