import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 차상위본인부담경감대상자지원 (WLF00001119), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001119&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「건강보험 차상위」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'nearPoorCopayReduction.incomeShare',
    label: {
      ko: '소득인정액 기준 (기준 중위소득 대비)',
      en: 'income-recognized limit (share of the median)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [book] }],
  },
  {
    id: 'nearPoorCopayReduction.childAgeLimit',
    label: { ko: '아동·청소년 연령 (만 나이 미만)', en: 'child age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'nearPoorCopayReduction.copayRate',
    label: {
      ko: '본인부담률 (만성질환자·18세 미만 아동)',
      en: 'copay rates (chronic disease and children under 18)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { inpatientOutpatient: 0.14, meals: 0.2 } },
        sources: [book],
      },
    ],
  },
  {
    id: 'nearPoorCopayReduction.outpatientFlatCopay',
    label: { ko: '외래 정액 본인부담', en: 'flat outpatient copay' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { clinic: 1000, hospital: 1500 } },
        sources: [book],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001119',
  version: '2026.1',
  name: t('차상위본인부담경감대상자지원', 'Near-poor medical copay reduction'),
  ministry: '보건복지부',
  bureau: '보험정책과',
  legalBasis: [
    t('국민건강보험법', 'National Health Insurance Act'),
    t('국민기초생활 보장법', 'National Basic Living Security Act'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '차상위계층의 요양급여비 본인부담비용 경감 지원을 통해 의료보장 강화를 도모합니다.',
    'Strengthens medical protection for the near-poor by reducing their copays for health-insurance care.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '희귀·중증난치·중증질환자, 만성질환자 또는 18세 미만',
        'rare, severe or intractable disease, chronic disease, or under 18',
      ),
      cmp(
        t(
          '희귀질환·중증난치질환·중증질환 또는 6개월 이상 치료 만성질환',
          'rare, severe intractable or severe disease, or chronic disease treated 6+ months',
        ),
        fact('illness', 'kind'),
        'in',
        lit(['rare', 'severe', 'cancer', 'chronic']),
      ),
      cmp(
        t('만 18세 미만 아동·청소년', 'child under 18'),
        v('person.age'),
        '<',
        param('nearPoorCopayReduction.childAgeLimit'),
      ),
    ),
    cmp(
      t('소득인정액이 기준 중위소득 50% 이하', 'income-recognized amount at most 50% of the median'),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 50%', 'median income × 50%'),
        param('median.income', { by: 'household.size' }),
        param('nearPoorCopayReduction.incomeShare'),
      ),
    ),
    cmp(
      t(
        '부양요건 충족 (부양의무자 없음 또는 부양능력 없음·부양받을 수 없음)',
        'support test met (no obligor, or obligors unable to support)',
      ),
      fact('supportObligor', 'result'),
      'in',
      lit(['none', 'unable']),
    ),
  ),
  benefit: {
    description: t(
      '희귀·중증난치·중증질환자: 요양급여비(입원·외래) 본인부담 면제, 기본식대 20%만 부담. 만성질환자·18세 미만: 입원 14%, 식대 20%, 외래 14% (의원 1,000원·병원 1,500원 정액)만 부담. 지역가입자 건강보험료 지원',
      'Rare, severe or intractable disease: no copay for inpatient or outpatient care, 20% of basic meals. Chronic disease and under-18s: 14% inpatient, 20% meals, 14% outpatient (flat 1,000 at clinics, 1,500 at hospitals). Health-insurance premiums of regional members are paid',
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
        id: 'diagnosis',
        label: t('진단서·소견서 (희귀·만성질환)', 'medical certificate (rare or chronic disease)'),
        required: false,
      },
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
