import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 장애인의료비지원 (WLF00003181), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003181&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애인 의료비 지원」', status: 'official' };
const crawl: Source = {
  title: '복지로 장애인의료비지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003181&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityMedicalCostSupport.primaryOutpatientCopay',
    label: {
      ko: '1차 의료기관 외래 본인부담 (나머지 지원)',
      en: 'copay left at primary-care outpatient visits',
    },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 750 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00003181',
  version: '2026.1',
  name: t('장애인의료비지원', 'Medical cost support for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [
    t(
      '장애인 건강권 및 의료접근성 보장에 관한 법률',
      'Act on the Right to Health and Access to Medical Services for Persons with Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '생활이 어려운 저소득 장애인에게 의료비를 지원하여 생활안정 및 의료 보장을 도모합니다.',
    'Pays medical costs for low-income people with disabilities who struggle to make ends meet, stabilising their lives and securing medical care.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '등록장애인 본인 (세대를 같이하는 비장애인 가족은 제외)',
        'the registered disabled person (non-disabled family members excluded)',
      ),
      fact('disability'),
      '==',
      lit(true),
    ),
    any(
      t(
        '의료급여 2종 수급권자 또는 차상위 본인부담경감대상자',
        'type-2 medical-aid recipient or near-poor copay-reduction beneficiary',
      ),
      all(
        t('의료급여 2종 수급권자', 'type-2 medical-aid recipient'),
        cmp(
          t('의료급여 수급권자', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        judgement(
          t('의료급여 2종 수급권자', 'type-2 medical-aid recipient'),
          t('의료급여 종별 확인', 'medical-aid type'),
        ),
      ),
      cmp(
        t(
          '차상위 본인부담경감대상자 (건강보험증 구분자 C·E)',
          'near-poor copay-reduction beneficiary (insurance codes C, E)',
        ),
        fact('nearPoor', 'kind'),
        '==',
        lit('copayReduction'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '의료기관 진료비 중 본인부담금(급여항목) 지원: 1차 의료기관 외래는 750원만 본인 부담, 2·3차 외래와 입원은 본인부담금 전액 지원 (식대·약제비 제외). 의료급여증·장애인등록증 제시로 자격 확인만으로 지원',
      'Copays on covered care: at primary-care outpatient visits the patient pays only 750; at secondary and tertiary outpatient visits and for inpatient stays the full copay is paid (meals and drugs excluded). Applied at the counter on showing the cards',
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
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
