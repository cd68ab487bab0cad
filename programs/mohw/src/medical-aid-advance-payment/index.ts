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
  title: '복지로 의료급여(의료급여대지급금지원) (WLF00003190), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003190&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「의료급여 본인부담금 보상제·상한제·대지급금 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidAdvancePayment.copayThreshold',
    label: t(
      '대지급금 지원 기준 (입원 본인부담금 초과액 기준)',
      'advance payment threshold (inpatient copayment above)',
    ),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 200000 },
        sources: [booklet],
        note: '2종 수급자의 입원 진료비 중 본인부담금 20만 원 초과 시',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003190',
  version: '2026.1',
  name: t('의료급여(의료급여대지급금지원)', 'Medical aid advance payment of inpatient copayments'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'loan',
  cycle: 'asNeeded',
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
        '의료급여 2종 수급자이며 입원 진료비 본인부담금이 20만 원 초과',
        'type-2 medical-aid recipient whose inpatient copayment exceeds 200,000',
      ),
      t(
        '의료급여 수급자 종별(1종·2종)과 입원 진료비 본인부담금 (의료급여기관·시군구)',
        'medical-aid type (1 or 2) and the inpatient copayment (provider, local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '2종 수급자의 입원 진료비 중 본인부담금이 20만 원을 초과하면 보장기관이 인정한 금액을 대지급 (노인틀니·임플란트·선별급여·상급병실료·비급여·식대 등 제외)',
      'For type-2 recipients whose inpatient copayment exceeds 200,000, the local government advances the amount it recognises (dentures, implants, selective benefits, upper-grade rooms, non-covered care and meals excluded)',
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
