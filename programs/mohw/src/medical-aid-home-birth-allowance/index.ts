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
  title: '복지로 의료급여(요양비) (WLF00000056), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000056&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「요양비(출산비)지원(요양기관 외 출산 시 출산비 지급)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidHomeBirthAllowance.perBirth',
    label: { ko: '출산비 (출산 1회당)', en: 'birth allowance (per birth)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 250000 },
        sources: [book],
        note: '자녀 수와 관계없이 출산할 때마다',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000056',
  version: '2026.1',
  name: t('의료급여(요양비)', 'Medical aid birth allowance for births outside a medical institution'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '의료급여 수급권자에게 의료비를 지원하여 저소득층의 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of medical-aid recipients, improving public health among low-income people and promoting social welfare (birth allowance for births outside a medical institution).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '요양기관(병원·의원·조산소)이 아닌 곳(자택 등)에서 출산 (해외출산·입양자녀 제외)',
        'gave birth outside a medical institution (at home, etc.; births abroad and adoptions excluded)',
      ),
      t('출산 장소·출생 사실 확인 (출생증명서 등)', 'place of birth and proof of birth'),
    ),
  ),
  benefit: {
    description: t(
      '출산할 때마다 출산비 250,000원 지급 (자녀 수와 관계없이). 건강보험 가입자·피부양자는 국민건강보험공단에 별도 신청',
      '250,000 per birth, whatever the number of children. Health-insurance members apply to the NHIS instead',
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
        id: 'birthProof',
        label: t('출생 사실 확인 서류 (출생증명서 또는 보증서)', 'proof of birth'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
