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
  title: '복지로 저소득장애인 진단서 발급비 및 검사비 지원사업 (WLF00000099), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000099&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애정도 심사용 진단서 발급비 지원」',
  status: 'official',
};
const crawl: Source = {
  title:
    '복지로 저소득장애인 진단서 발급비 및 검사비 지원사업 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000099&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityAssessmentFeeSupport.certificateFee',
    label: {
      ko: '진단서 발급비 지원액 (생계·의료급여 수급자, 2022)',
      en: 'certificate fee support (livelihood/medical recipients, 2022)',
    },
    unit: 'krw',
    versions: [
      {
        from: '2022-01-01',
        value: { type: 'byKey', values: { intellectualAutismMental: 40000, other: 15000 } },
        sources: [crawl],
        note: '기준 비용보다 영수액이 적으면 영수액 (신규 등록 수급자는 정액)',
      },
    ],
  },
  {
    id: 'disabilityAssessmentFeeSupport.reassessmentCap',
    label: {
      ko: '재판정 진단비·검사비 합계 지원 한도 (2022)',
      en: 'cap on certificate and test costs for reassessment (2022)',
    },
    unit: 'krw',
    versions: [{ from: '2022-01-01', value: { type: 'scalar', value: 100000 }, sources: [crawl] }],
  },
];

export default defineProgram({
  id: 'WLF00000099',
  version: '2026.1',
  name: t(
    '저소득장애인 진단서 발급비 및 검사비 지원사업',
    'Diagnosis and test fees for disability assessment (low income)',
  ),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '저소득장애인 등에게 장애정도 심사용 진단서 발급비 및 검사비 일부를 지원합니다.',
    'Pays part of the cost of the medical certificate and tests needed for the disability-severity assessment, for low-income people with disabilities and others.',
  ),
  criteria: any(
    t(
      '신규 등록 수급자 또는 재판정 수급자·차상위계층',
      'new registration by an NBLSS recipient, or reassessment of a recipient or near-poor person',
    ),
    all(
      t(
        '신규 장애인 등록 신청자 중 기초생활수급자',
        'NBLSS recipient applying for a new disability registration',
      ),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing, education benefit)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      judgement(
        t(
          '장애인 신규 등록 신청 (장애 추가 포함)',
          'applying for a new disability registration (or an added disability)',
        ),
        t('장애인 등록 신청서 접수', 'disability registration application'),
      ),
    ),
    all(
      t(
        '재판정을 받는 등록장애인 중 수급자·차상위계층',
        'registered disabled recipient or near-poor person being reassessed',
      ),
      cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      any(
        t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      ),
      judgement(
        t(
          '재판정 대상 (재진단기한 도래, 장애인연금·장애수당·장애아동수당 신청, 직권 재판정)',
          'due for reassessment (deadline, pension or allowance application, ex officio)',
        ),
        t('재판정 통보·신청 내역', 'reassessment notice or application'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '장애정도 심사용 진단서 발급비 일부와 검사 실비 지원. 2022년 기준: 생계·의료급여 수급자 진단비 지적·자폐성·정신장애 4만 원, 그 외 1만 5천 원; 재판정 수급자·차상위는 진단비·검사비 합계 10만 원 이내. 조정·이의신청은 제외',
      'Part of the medical-certificate fee and the actual test costs for the disability-severity assessment. 2022: certificate 40,000 (intellectual, autistic, mental) or 15,000 (other) for livelihood/medical recipients; reassessment of recipients and the near-poor up to 100,000 for certificate and tests together. Adjustment and objection requests excluded',
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
        id: 'receipt',
        label: t(
          '진단서 발급·검사비 영수증 (재판정)',
          'receipts for the certificate and tests (reassessment)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
