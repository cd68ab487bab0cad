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
  title: '복지로 의료급여(본인부담 보상금) (WLF00003273), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003273&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「의료급여 본인부담금 보상제·상한제·대지급금 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidCopayCompensation.type1Threshold30Days',
    label: t(
      '1종 수급자 보상 기준 (매 30일 본인부담금 초과액)',
      'type-1 compensation threshold (copayments per 30 days above)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20000 }, sources: [booklet] }],
  },
  {
    id: 'medicalAidCopayCompensation.type2Threshold30Days',
    label: t(
      '2종 수급자 보상 기준 (매 30일 본인부담금 초과액)',
      'type-2 compensation threshold (copayments per 30 days above)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [booklet] }],
  },
  {
    id: 'medicalAidCopayCompensation.rate',
    label: t('초과 금액 보상 비율', 'share of the excess paid back'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003273',
  version: '2026.1',
  name: t('의료급여(본인부담 보상금)', 'Medical aid copayment compensation'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '의료급여 수급권자에 대한 의료비를 지원하여 저소득층 국민보건 향상과 사회복지 증진에 기여합니다.',
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
        '매 30일간 본인부담금이 기준(1종 2만 원, 2종 20만 원)을 초과',
        'copayments per 30 days above the threshold (type 1: 20,000; type 2: 200,000)',
      ),
      t(
        '수급자 종별과 30일간 본인부담금 합계 (국민건강보험공단)',
        'medical-aid type and copayments per 30 days (NHIS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인부담금 보상제: 매 30일간 본인부담금이 1종 2만 원, 2종 20만 원을 초과하면 초과 금액의 50% 지급 (노인틀니·임플란트·선별급여·상급병실료·비급여·식대 등 제외)',
      'Copayment compensation: half of the copayments above 20,000 (type 1) or 200,000 (type 2) per 30 days is paid back (dentures, implants, selective benefits, upper-grade rooms, non-covered care and meals excluded)',
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
