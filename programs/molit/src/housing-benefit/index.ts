import {
  cmp,
  type DetailLine,
  defineProgram,
  floorWon,
  MissingData,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 주거급여 (WLF00003201), 2026 — 선정기준·기준임대료·보증금 환산·자기부담분',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003201&wlfareInfoReldBztpCd=01',
  status: 'official',
};

/** 기준임대료 2026 by tier (1급지 서울, 2급지 경기·인천, 3급지 광역시·세종·수도권 외 특례시, 4급지 그 외) and size 1–6. */
const referenceRents: Record<string, number[]> = {
  tier1: [369000, 414000, 492000, 571000, 591000, 699000],
  tier2: [300000, 335000, 401000, 463000, 479000, 568000],
  tier3: [247000, 275000, 327000, 381000, 394000, 463000],
  tier4: [212000, 238000, 283000, 329000, 340000, 402000],
};

const parameters: ParameterDefinition[] = [
  {
    id: 'housingBenefit.referenceRent',
    label: {
      ko: '주거급여 기준임대료 (급지·가구원 수별)',
      en: 'housing benefit reference rent (by tier and household size)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: Object.fromEntries(
            Object.entries(referenceRents).flatMap(([tier, rents]) =>
              rents.map((rent, i) => [`${tier}.${i + 1}`, rent]),
            ),
          ),
        },
        sources: [bokjiro],
        note: '키: 급지.가구원수 (예 tier1.1). 복지로 2026 기록의 1~6인 표. 7인 이상은 출처에 없음 (미결정)',
      },
    ],
  },
  {
    id: 'housingBenefit.depositConversionRateAnnual',
    label: {
      ko: '임차보증금의 월차임 환산율 (연)',
      en: 'rental deposit conversion to monthly rent (annual rate)',
    },
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 0.04 }, sources: [bokjiro] }],
  },
  {
    id: 'housingBenefit.selfPaymentRate',
    label: {
      ko: '자기부담분 비율 (소득인정액 중 생계급여 선정기준 초과분)',
      en: 'self-payment rate (on the income-recognized amount above the livelihood threshold)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 0.3 },
        sources: [bokjiro],
        note: '자기부담분 = (소득인정액 − 생계급여 선정기준) × 30% (청년 분리지급 산식에 명시). 원 미만 처리는 출처에 없어 원 단위 절사',
      },
    ],
  },
];

const TENANT = ['monthlyRent', 'jeonse', 'publicRental'];

export default defineProgram({
  id: 'WLF00003201',
  version: '2026.1',
  name: t('주거급여', 'Housing benefit'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [
    t('주거급여법; 국민기초생활 보장법', 'Housing Benefit Act; National Basic Living Security Act'),
  ],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득인정액이 기준 중위소득 48% 이하인 가구에 임차가구는 기준임대료를 상한으로 실제 임차료를, 자가가구는 주택 수선을 지원합니다 (부양의무자 기준 없음).',
    'Households whose income-recognized amount is at most 48% of the median get their actual rent up to the reference rent (tenants) or home repairs (owners); no support-obligor rule.',
  ),
  criteria: cmp(
    t(
      '소득인정액이 주거급여 선정기준 이하',
      'income-recognized amount at or below the housing benefit threshold',
    ),
    v('household.incomeRecognized.nblss'),
    '<=',
    param('nblss.threshold.housing', { by: 'household.size' }),
  ),
  benefit: {
    description: t(
      '임차가구: min(실제 임차료 = 월차임 + 보증금 × 연 4% ÷ 12, 급지·가구원 수별 기준임대료) − 자기부담분 (소득인정액이 생계급여 선정기준을 넘으면 초과분의 30%). 7인 이상 기준임대료는 출처에 없어 미결정. 자가가구: 주택 노후도에 따른 수선 (경보수 590만원·중보수 1,095만원·대보수 1,601만원, 현물). 부모와 떨어져 사는 19~29세 청년 분리지급은 산정하지 않음',
      'Tenants: min(actual rent = monthly rent + deposit × 4% ÷ 12, reference rent by tier and size) − self-payment (30% of the income-recognized amount above the livelihood threshold). Reference rents for 7+ persons are not in the sources (undetermined). Owners: repairs by the condition of the house (5.9M / 10.95M / 16.01M, in kind). The split payment for youths aged 19–29 living apart is not computed',
    ),
    amount: (ctx) => {
      const tenure = String(ctx.get('household.tenure'));
      if (tenure === 'owner') {
        throw new MissingData([
          {
            dataType: 'rule:housingBenefit.repair',
            what: t(
              '자가가구 수선유지급여: 주택 노후도 평가에 따른 현물 수선 (월 금액 아님)',
              'owner households: in-kind repairs by the assessed condition of the house (not a monthly amount)',
            ),
          },
        ]);
      }
      if (!TENANT.includes(tenure)) {
        throw new MissingData([
          {
            dataType: 'rule:housingBenefit.tenure',
            what: t(
              `점유형태 ${tenure}의 주거급여 산정 기준 (출처에 없음)`,
              `housing benefit for tenure ${tenure} (not in the sources)`,
            ),
          },
        ]);
      }
      const size = Number(ctx.get('household.size'));
      const tier = String(ctx.get('household.housingTier'));
      const reference = ctx.param('housingBenefit.referenceRent', `${tier}.${size}`);
      const monthlyRent = tenure === 'jeonse' ? 0 : Number(ctx.get('household.monthlyRent'));
      const deposit = Number(ctx.get('household.deposit'));
      const converted = floorWon((deposit * ctx.param('housingBenefit.depositConversionRateAnnual')) / 12);
      const actual = monthlyRent + converted;
      const covered = Math.min(actual, reference);
      const recognized = Number(ctx.get('household.incomeRecognized.nblss'));
      const livelihoodLine = ctx.param('nblss.threshold.livelihood', size);
      const selfPayment =
        recognized > livelihoodLine
          ? floorWon((recognized - livelihoodLine) * ctx.param('housingBenefit.selfPaymentRate'))
          : 0;
      const amountKrw = Math.max(0, covered - selfPayment);
      const lines: DetailLine[] = [
        { label: t('월차임', 'monthly rent'), value: monthlyRent },
        { label: t('보증금 월차임 환산액', 'deposit converted to monthly rent'), value: converted },
        { label: t('실제 임차료', 'actual rent'), value: actual },
        {
          label: t(`기준임대료 (${tier}, ${size}인)`, `reference rent (${tier}, ${size} persons)`),
          value: reference,
        },
        { label: t('자기부담분', 'self-payment'), value: selfPayment },
        { label: t('임차급여', 'rent benefit'), value: amountKrw },
      ];
      return { amountKrw, lines };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['self', 'family', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      tenure: z
        .enum(['monthlyRent', 'jeonse', 'publicRental', 'owner'])
        .meta({ label: t('주거 점유형태', 'housing tenure') }),
      landlordName: z
        .string()
        .max(100)
        .optional()
        .meta({ label: t('임대인 성명 (임차가구)', 'landlord’s name (tenants)') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('급여 수령 계좌', 'bank account for payments') }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
      {
        id: 'rentContract',
        label: t('임대차계약서 (임차가구)', 'rental contract (tenants)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, { title: '2024 나에게 힘이 되는 복지서비스 「주거급여」', status: 'official' }],
  fidelity: 'statutory',
  parameters,
  cases,
});
