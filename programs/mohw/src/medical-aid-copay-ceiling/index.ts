import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 의료급여(본인부담 상한금) (WLF00003202), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003202&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「의료급여 본인부담금 보상제·상한제·대지급금 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidCopayCeiling.type1Ceiling30Days',
    label: t('1종 수급자 본인부담 상한 (매 30일)', 'type-1 copayment ceiling (per 30 days)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000 }, sources: [booklet] }],
  },
  {
    id: 'medicalAidCopayCeiling.type2CeilingAnnual',
    label: t('2종 수급자 본인부담 상한 (연간)', 'type-2 copayment ceiling (per year)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800000 }, sources: [booklet] }],
  },
  {
    id: 'medicalAidCopayCeiling.type2CeilingLongStay',
    label: t(
      '2종 수급자 요양병원 장기입원 시 상한 (연간)',
      'type-2 ceiling with a long nursing-hospital stay (per year)',
    ),
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1200000 },
        sources: [booklet],
        note: '요양병원에 연간 240일 초과 입원 시',
      },
    ],
  },
  {
    id: 'medicalAidCopayCeiling.longStayDays',
    label: t(
      '요양병원 장기입원 기준 일수 (연간 초과)',
      'nursing-hospital days per year above which the higher ceiling applies',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 240 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003202',
  version: '2026.1',
  name: t('의료급여(본인부담 상한금)', 'Medical aid copayment ceiling refund'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '의료급여 수급권자에게 의료비를 지원하여 저소득층의 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of medical-aid recipients to improve the health of low-income people and promote social welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '본인부담금이 상한(1종 매 30일 5만 원, 2종 연간 80만 원)을 초과',
        'copayments above the ceiling (type 1: 50,000 per 30 days; type 2: 800,000 a year)',
      ),
      t(
        '수급자 종별과 기간별 본인부담금 합계 (국민건강보험공단)',
        'medical-aid type and copayment totals per period (NHIS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인부담금 상한제: 1종 수급자는 매 30일간 5만 원 초과 시 초과 금액 전액, 2종 수급자는 연간 80만 원(요양병원 연간 240일 초과 입원 시 120만 원) 초과 시 초과 금액 전액 환급',
      'Copayment ceiling: type-1 recipients get back everything above 50,000 per 30 days; type-2 recipients everything above 800,000 a year (1,200,000 with over 240 days a year in a nursing hospital)',
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
  dependsOn: ['WLF00000102'],
  parameters: parameters,
  cases,
});
