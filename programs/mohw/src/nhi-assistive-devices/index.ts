import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 보험급여(건강보험 장애인보조기기) (WLF00001136), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001136&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 보조기기 급여」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 보험급여(건강보험 장애인보조기기) 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001136&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'nhiAssistiveDevices.coverageRate',
    label: {
      ko: '건강보험 지원 비율 (기준액·고시액·구입액 중 낮은 금액의)',
      en: 'share paid by health insurance (of the lowest of reference, notified and actual price)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001136',
  version: '2026.1',
  name: t('보험급여(건강보험 장애인보조기기)', 'Health insurance benefit for assistive devices'),
  ministry: '보건복지부',
  bureau: '보험급여과',
  legalBasis: [
    t('국민건강보험법', 'National Health Insurance Act'),
    t('국민건강보험법 시행규칙', 'Enforcement Rule of the National Health Insurance Act'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '건강보험가입자 및 피부양자 중 「장애인복지법」에 따라 등록한 장애인이 장애인보조기기를 구입할 경우 구입금액 일부를 지원합니다.',
    'Pays part of the price when a registered person with a disability who is a health-insurance member or dependant buys an assistive device.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    not(
      t(
        '건강보험 가입자·피부양자 (의료급여 수급권자는 의료급여 보조기기 급여)',
        'health-insurance member or dependant (medical-aid recipients use the medical-aid device benefit)',
      ),
      cmp(
        t('의료급여 수급권자', 'medical aid recipient'),
        receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t(
        '보조기기 처방·급여기준 (품목·내구연한·처방 전문의) 충족',
        'device prescribed and within the benefit rules (item, service life, prescribing specialist)',
      ),
      t('처방전·검수확인서 (국민건강보험공단 확인)', 'prescription and inspection (NHIS)'),
    ),
  ),
  benefit: {
    description: t(
      '적용대상 품목(전동휠체어·의료용 스쿠터·자세보조용구·이동식 전동리프트·보청기·욕창예방 방석·매트리스·수동휠체어 등)의 기준액·고시액·구입액 중 낮은 금액의 90% 지원',
      '90% of the lowest of the reference price, the notified price and the purchase price for covered items (power wheelchairs, scooters, posture aids, lifts, hearing aids, pressure-relief cushions and mattresses, manual wheelchairs, …)',
    ),
  },
  form: {
    schema: z.object({
      deviceItem: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('보조기기 품목', 'device item') }),
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
      { id: 'prescription', label: t('보조기기 처방전', 'device prescription'), required: true },
      { id: 'inspection', label: t('보조기기 검수확인서', 'device inspection certificate'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
