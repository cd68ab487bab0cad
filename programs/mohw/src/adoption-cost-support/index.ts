import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 입양비용지원 (WLF00001116), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001116&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「입양아동 지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'adoptionCostSupport.ageLimit',
    label: { ko: '입양아동 연령 (만 나이 미만)', en: 'adopted-child age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'adoptionCostSupport.childAllowance',
    label: { ko: '입양아동 양육수당 (월)', en: 'adopted-child allowance (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [book] }],
  },
  {
    id: 'adoptionCostSupport.therapyMax',
    label: { ko: '입양아동 심리치료비 (월 최대)', en: 'psychotherapy costs (monthly maximum)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [book] }],
  },
  {
    id: 'adoptionCostSupport.disabledChildSubsidy',
    label: {
      ko: '장애입양아동 양육보조금 (월, 장애 정도별)',
      en: 'subsidy for adopted disabled children (monthly, by severity)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { severe: 627000, other: 551000 } },
        sources: [book],
      },
    ],
  },
  {
    id: 'adoptionCostSupport.medicalMaxAnnual',
    label: { ko: '의료비 (연 최대)', en: 'medical costs (annual maximum)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2600000 }, sources: [book] }],
  },
  {
    id: 'adoptionCostSupport.congratulatoryGift',
    label: { ko: '입양축하금 (1회)', en: 'adoption congratulatory payment (once)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2000000 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001116',
  version: '2026.1',
  name: t('입양비용지원', 'Support for adoptive families'),
  ministry: '보건복지부',
  bureau: '입양정책팀',
  legalBasis: [t('입양특례법', 'Special Adoption Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '입양가정에 입양비용을 지원하여 국내 입양의 활성화를 도모합니다.',
    'Pays adoption costs to adoptive families to encourage domestic adoption.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('adoptionCostSupport.ageLimit')),
    judgement(
      t('국내 입양아동', 'adopted domestically'),
      t('입양 사실 확인 (가족관계증명서·입양기관)', 'proof of adoption'),
    ),
  ),
  benefit: {
    description: t(
      '입양아동 양육수당 월 20만 원 (만 18세 미만), 심리치료비 월 최대 20만 원, 장애입양아동 양육보조금 월 55만 1,000원~62만 7,000원, 의료비 연 최대 260만 원, 의료급여 1종, 입양축하금 1회 200만 원',
      'Adopted-child allowance of 200,000 a month (under 18), psychotherapy up to 200,000 a month, 551,000–627,000 a month for disabled adopted children, medical costs up to 2,600,000 a year, type-1 medical aid, and a one-off 2,000,000 adoption gift',
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
      { id: 'adoptionProof', label: t('입양관계증명서', 'certificate of adoption'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
