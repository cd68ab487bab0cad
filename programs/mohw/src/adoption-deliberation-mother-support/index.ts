import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 입양숙려기간 모자지원사업 (WLF00000807), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000807&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「입양 숙려기간 모자지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'adoptionDeliberationMotherSupport.careCost',
    label: {
      ko: '입양숙려기간(출산 후 1주) 돌봄 지원액',
      en: 'care support for the deliberation week after birth',
    },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            homeHelper: 500000,
            familyOrFriend: 350000,
            facilityHelper: 400000,
            postnatalCentreMax: 700000,
          },
        },
        sources: [book],
      },
    ],
  },
  {
    id: 'adoptionDeliberationMotherSupport.daysBeforeBirth',
    label: {
      ko: '신청 가능 기간: 출산(예정) 전 (일)',
      en: 'application window before the (expected) birth (days)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40 }, sources: [book] }],
  },
  {
    id: 'adoptionDeliberationMotherSupport.daysAfterBirth',
    label: {
      ko: '신청 가능 기간·숙려기간: 출산 후 (일)',
      en: 'application window and deliberation period after birth (days)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 7 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000807',
  version: '2026.1',
  name: t('입양숙려기간 모자지원사업', 'Support for single mothers during the adoption deliberation period'),
  ministry: '보건복지부',
  bureau: '입양정책팀',
  legalBasis: [t('입양특례법', 'Special Adoption Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: ['singleParent'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '미혼·이혼 한부모가 출산 전후 정서적으로 불안정한 상태로 입양에 동의하는 것을 방지하고 입양과 양육에 대하여 충분히 고려할 기회를 제공합니다.',
    'Keeps unmarried or divorced single parents from consenting to adoption while emotionally unstable around the birth, and gives them the chance to weigh adoption and parenting fully.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('미혼·이혼 한부모 (배우자 없음)', 'unmarried or divorced single parent (no spouse)'),
      v('person.hasSpouse'),
      '==',
      lit(false),
    ),
    any(
      t('출산 전 40일 또는 출산 후 7일 이내', 'within 40 days before or 7 days after the birth'),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      judgement(t('출산 후 7일 이내', 'within 7 days after the birth'), t('출생일 확인', 'date of birth')),
    ),
    judgement(
      t('입양숙려기간 동안 입양(동의) 사실 없음', 'no adoption consent during the deliberation period'),
      t('입양 동의 여부 확인 (입양기관)', 'adoption-consent check (adoption agency)'),
    ),
  ),
  benefit: {
    description: t(
      '출산 후 7일간 원하는 돌봄서비스 비용 (1주): 산후지원인력 가정방문 50만 원, 가족·지인 도움 35만 원, 미혼모자가족 복지시설 입소 시 산후지원인력 40만 원, 산후조리원 최대 70만 원',
      'Care costs for the week after birth: home postnatal helper 500,000, help from family or friends 350,000, helper in a single-mother facility 400,000, postnatal care centre up to 700,000',
    ),
  },
  form: {
    schema: z.object({
      careOption: z
        .enum(['homeHelper', 'familyOrFriend', 'facility', 'postnatalCentre'])
        .meta({ label: t('희망 돌봄 방식', 'care option') }),
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
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
