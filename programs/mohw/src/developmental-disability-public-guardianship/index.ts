import {
  all,
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
  title: '복지로 발달장애인 공공후견지원 사업 (WLF00000065), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000065&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「발달장애인 공공후견 지원」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 발달장애인 공공후견지원 사업 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000065&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalDisabilityPublicGuardianship.minAge',
    label: { ko: '대상 연령 하한 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityPublicGuardianship.petitionCostCap',
    label: {
      ko: '후견심판 청구비용 지원 한도 (청구 건당)',
      en: 'cap on court petition costs (per petition)',
    },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityPublicGuardianship.guardianActivityCost',
    label: {
      ko: '공공후견인 활동비 (월, 피후견인 수별)',
      en: 'public guardian activity allowance (monthly, by number of wards)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { one: 200000, two: 400000, threeOrMore: 500000 } },
        sources: [book],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000065',
  version: '2026.1',
  name: t('발달장애인 공공후견지원 사업', 'Public guardianship for adults with developmental disabilities'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t(
      '발달장애인 권리보장 및 지원에 관한 법률',
      'Act on Guarantee of Rights of and Support for Persons with Developmental Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '의사결정능력 부족으로 어려움을 겪고 있는 성인 발달장애인에게 공공후견서비스를 제공하여 자립생활을 지원합니다.',
    'Provides public guardianship to adults with developmental disabilities who struggle to make decisions, supporting independent living.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 19세 이상', 'aged 19 or over'),
      v('person.age'),
      '>=',
      param('developmentalDisabilityPublicGuardianship.minAge'),
    ),
    cmp(
      t('발달장애인 (지적·자폐성 장애 등록)', 'developmental disability (intellectual or autism registered)'),
      fact('disability', 'type'),
      'in',
      lit(['지적', '자폐성']),
    ),
    judgement(
      t('의사결정능력 부족으로 의사결정 지원 필요', 'needs decision-making support'),
      t(
        '의사결정 지원 필요성 (발달장애인지원센터 판단, 후견심판 청구 동의)',
        'need for decision support (developmental disability centre; consent to the guardianship petition)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '공공후견인 선임을 위한 가정법원 심판청구 인지대 등 행정비용 (청구 건당 최대 50만 원)과 공공후견인 활동비용 (피후견인 1인 20만 원, 2인 40만 원, 3인 이상 50만 원) 지원',
      'Court petition costs for appointing a public guardian (up to 500,000 per petition) and the guardian’s activity allowance (200,000 for one ward, 400,000 for two, 500,000 for three or more)',
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
        id: 'petitionConsent',
        label: t('후견심판 청구 동의서', 'consent to the guardianship petition'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
