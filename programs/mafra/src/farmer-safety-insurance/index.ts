import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 농업인안전보험 (WLF00003232), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003232&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「농업인 안전보험」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'farmerSafetyInsurance.minAge',
    label: t('가입 최저 연령', 'minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
  {
    id: 'farmerSafetyInsurance.maxAge',
    label: t('가입 최고 연령 (이하)', 'maximum age (inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 87 }, sources: [booklet] }],
  },
  {
    id: 'farmerSafetyInsurance.maxAgeAllProducts',
    label: t('일부 상품 가입 최고 연령 (이하)', 'maximum age for some products (inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 84 }, sources: [booklet] }],
  },
  {
    id: 'farmerSafetyInsurance.supportRate',
    label: t('보험료 지원율', 'premium support rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'farmerSafetyInsurance.supportRateLowIncome',
    label: t('보험료 지원율 (기초생활수급자·차상위계층)', 'premium support rate (NBLSS and near-poor)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003232',
  version: '2026.1',
  name: t('농업인안전보험', 'Farmers’ safety insurance premium support'),
  ministry: '농림축산식품부',
  bureau: '농업정책보험과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '영농에 종사하는 만 15~87세(일부 상품 만 84세까지) 농업인이 농작업 재해에 대비해 가입하는 농업인안전보험의 보험료 50%(기초생활수급자·차상위계층 70%)를 정부가 지원합니다.',
    'Farmers aged 15 to 87 (some products only up to 84) get 50% of their farm-work accident insurance premium paid by the government (70% for NBLSS recipients and the near-poor).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이상', 'aged 15 or over'), v('person.age'), '>=', param('farmerSafetyInsurance.minAge')),
    cmp(t('만 87세 이하', 'aged 87 or under'), v('person.age'), '<=', param('farmerSafetyInsurance.maxAge')),
    cmp(
      t('농업인 (농업경영체 등록)', 'farmer (farm registry)'),
      fact('farmerFisher', 'kind'),
      '==',
      lit('farmer'),
    ),
    any(
      t(
        '가입 가능 연령 (일부 상품은 만 84세까지)',
        'age accepted by the product (some products only up to 84)',
      ),
      cmp(
        t('만 84세 이하 (모든 상품 가입 가능)', 'aged 84 or under (every product)'),
        v('person.age'),
        '<=',
        param('farmerSafetyInsurance.maxAgeAllProducts'),
      ),
      judgement(
        t('만 85~87세: 만 87세까지 가입 가능한 상품', 'aged 85–87: a product accepting members up to 87'),
        t('가입하려는 상품의 가입 연령 (NH농협생명)', 'age limit of the chosen product (NH NongHyup Life)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '보험료의 50% 정부 지원 (기초생활수급자·차상위계층 70%)',
      'government pays 50% of the premium (70% for NBLSS recipients and the near-poor)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
