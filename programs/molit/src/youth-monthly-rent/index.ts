import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  MissingData,
  mul,
  type Operand,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 청년월세 지원사업 (WLF00004661), 2026 — 대상·소득평가액·총재산가액 산정 기준',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004661&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const HOUSING_BENEFIT = 'WLF00003201';

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: number,
  note?: string,
) => ({
  id,
  label: { ko, en },
  unit,
  versions: [{ from: '2026-01-01', value: scalar(value), sources: [bokjiro], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  p2026('youthRent.minAge', '청년월세 지원 연령 하한', 'youth rent minimum age', 'years', 19),
  p2026(
    'youthRent.maxAge',
    '청년월세 지원 연령 상한 (이하)',
    'youth rent maximum age (inclusive)',
    'years',
    34,
  ),
  p2026(
    'youthRent.youthIncomeRatio',
    '청년가구 소득기준 (기준 중위소득 대비)',
    'youth household income limit (ratio of median)',
    'ratio',
    0.6,
  ),
  p2026(
    'youthRent.earnedBusinessDeductionRate',
    '청년월세 소득평가 근로·사업소득 공제율',
    'youth rent earned/business income deduction rate',
    'ratio',
    0.3,
  ),
  p2026(
    'youthRent.youthAssetCap',
    '청년가구 총재산가액 기준',
    'youth household asset limit',
    'krw',
    122000000,
  ),
  p2026(
    'youthRent.parentIncomeRatio',
    '원가구 소득기준 (기준 중위소득 대비)',
    'parents’ household income limit (ratio of median)',
    'ratio',
    1,
  ),
  p2026(
    'youthRent.parentAssetCap',
    '원가구 총재산가액 기준',
    'parents’ household asset limit',
    'krw',
    470000000,
  ),
  p2026(
    'youthRent.parentTestExemptAge',
    '원가구 소득 미고려 연령 (이상)',
    'age from which the parents’ household is not considered',
    'years',
    30,
  ),
  p2026(
    'youthRent.ownIncomeExemptRatio',
    '원가구 미고려 청년 본인 소득 기준 (기준 중위소득 대비, 30세 미만 미혼)',
    'own-income ratio for not considering the parents (unmarried, under 30)',
    'ratio',
    0.5,
  ),
  p2026(
    'youthRent.monthlyMax',
    '청년월세 월 지원 한도',
    'youth rent monthly maximum',
    'krw/month',
    200000,
    '최대 24개월, 총 480만원 (생애 1회)',
  ),
];

const add = (label: ReturnType<typeof t>, ...args: Operand[]): Operand => ({ calc: 'add', args, label });
const sub = (label: ReturnType<typeof t>, ...args: Operand[]): Operand => ({ calc: 'sub', args, label });

/** 청년가구 소득평가액 = 근로·사업·재산·공적이전소득 − 근로·사업소득의 30%. */
const youthIncomeEvaluation = sub(
  t('청년가구 소득평가액', 'youth household income evaluation'),
  v('household.incomeExcludingPrivateTransfers'),
  mul(
    t('근로·사업소득 공제 (30%)', 'earned/business income deduction (30%)'),
    v('household.earnedAndBusinessIncome'),
    param('youthRent.earnedBusinessDeductionRate'),
  ),
);

/** 청년가구 총재산가액 before debt = 일반재산(주택 포함) + 자동차 + 임차보증금; financial assets are not counted. */
const youthAssetsBeforeDebt = add(
  t(
    '청년가구 재산 (일반재산·자동차·임차보증금, 부채 차감 전)',
    'youth household property (general, cars, deposit; before debt)',
  ),
  v('household.propertyAssets'),
  v('household.deposit'),
);

export default defineProgram({
  id: 'WLF00004661',
  version: '2026.2',
  name: t('청년월세 지원', 'Youth monthly rent support'),
  ministry: '국토교통부',
  bureau: '청년주거정책과',
  legalBasis: [t('주거기본법; 청년기본법', 'Framework Act on Residence; Framework Act on Youth')],
  target: 'person',
  lifeCycle: ['youth'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '부모와 따로 사는 19~34세 무주택 청년 중 청년가구 소득이 기준 중위소득 60% 이하이고 원가구 소득이 100% 이하인 월세 거주 청년에게 월 최대 20만원을 최장 24개월 지원합니다.',
    'Youths aged 19–34 living independently without a home, renting monthly, whose household income evaluation is at most 60% of the median (parents’ household at most 100%) get up to 200,000 a month for up to 24 months.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('youthRent.minAge')),
    cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('youthRent.maxAge')),
    cmp(
      t('독립 거주 (본인이 가구주)', 'living independently (head of own household)'),
      v('person.relation'),
      '==',
      lit('head', t('가구주', 'head of household')),
    ),
    cmp(
      t('월세 거주 (공공임대주택 제외)', 'renting monthly (public rental excluded)'),
      v('household.tenure'),
      '==',
      lit('monthlyRent', t('월세', 'monthly rent')),
    ),
    cmp(t('무주택', 'owns no home'), fact('homeOwner'), '==', lit(false)),
    cmp(
      t(
        '청년가구 소득평가액이 기준 중위소득 60% 이하',
        'youth household income evaluation at most 60% of the median',
      ),
      youthIncomeEvaluation,
      '<=',
      mul(
        t('기준 중위소득 × 60%', 'median income × 60%'),
        param('median.income', { by: 'household.size' }),
        param('youthRent.youthIncomeRatio'),
      ),
    ),
    any(
      t('청년가구 총재산가액 1.22억원 이하', 'youth household assets at most 122,000,000'),
      cmp(
        t('부채 차감 전에도 기준 이하', 'within the limit even before debt'),
        youthAssetsBeforeDebt,
        '<=',
        param('youthRent.youthAssetCap'),
      ),
      all(
        t('임차보증금 마련 부채를 차감하면 기준 이하', 'within the limit after deposit-purpose debt'),
        cmp(
          t('부채 전액을 차감하면 기준 이하', 'within the limit after all debt'),
          sub(t('재산 − 부채', 'property − debt'), youthAssetsBeforeDebt, v('household.debt')),
          '<=',
          param('youthRent.youthAssetCap'),
        ),
        judgement(
          t('부채가 임차보증금 마련 용도', 'the debt was taken for the rental deposit'),
          t(
            '부채의 용도 (임차보증금 마련 부채만 인정, 증빙 확인)',
            'purpose of the debt (only deposit loans count; check the evidence)',
          ),
        ),
      ),
    ),
    any(
      t('원가구 기준 충족 또는 미고려', 'parents’ household test met or not applied'),
      cmp(
        t('만 30세 이상', 'aged 30 or over'),
        v('person.age'),
        '>=',
        param('youthRent.parentTestExemptAge'),
      ),
      cmp(
        t('혼인 (배우자 동거)', 'married (spouse in the household)'),
        v('person.hasSpouse'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '혼인 이력이 있음 (이혼 또는 배우자와 따로 거주)',
          'has been married (divorced, or living apart from the spouse)',
        ),
        t('혼인관계증명서 (혼인·이혼 이력)', 'marriage certificate (marriage and divorce history)'),
      ),
      cmp(
        t('한부모 (미혼부·모 또는 이혼)', 'single parent (unmarried or divorced)'),
        fact('singleParentFamily', 'kind'),
        'in',
        lit(
          ['singleParent', 'teenSingleParent'],
          t('한부모·청소년한부모', 'single parent / teen single parent'),
        ),
      ),
      all(
        t(
          '30세 미만 미혼 청년 본인 소득이 기준 중위소득 50% 이상 (시·군·구청장 인정)',
          'own income at least 50% of the median (recognised by the local government)',
        ),
        cmp(
          t('본인 소득이 1인 기준 중위소득 50% 이상', 'own income at least 50% of the 1-person median'),
          v('person.monthlyIncome'),
          '>=',
          mul(
            t('1인 기준 중위소득 × 50%', '1-person median × 50%'),
            param('median.income', { key: '1' }),
            param('youthRent.ownIncomeExemptRatio'),
          ),
        ),
        judgement(
          t(
            '생계를 달리한다고 시·군·구청장이 인정',
            'recognised by the local government as living separately',
          ),
          t(
            '시·군·구청장의 생계 분리 인정 여부',
            'whether the local government recognises a separate livelihood',
          ),
        ),
      ),
      all(
        t('원가구 소득·재산 기준 충족', 'parents’ household within the limits'),
        cmp(
          t(
            '원가구 소득평가액이 기준 중위소득 100% 이하',
            'parents’ household income at most 100% of the median',
          ),
          fact('parentHousehold', 'monthlyIncomeKrw'),
          '<=',
          mul(
            t('원가구 규모의 기준 중위소득 × 100%', 'median for the parents’ household size × 100%'),
            param('median.income', { by: 'person.parentHouseholdSize' }),
            param('youthRent.parentIncomeRatio'),
          ),
        ),
        cmp(
          t('원가구 총재산가액 4.7억원 이하', 'parents’ household assets at most 470,000,000'),
          fact('parentHousehold', 'assetsKrw'),
          '<=',
          param('youthRent.parentAssetCap'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '실제 월세 범위에서 월 최대 200,000원, 최장 24개월 (총 480만원, 생애 1회; 2026년 신규는 2028년 12월까지). 임차보증금·관리비 제외. 주거급여 수급자는 주거급여 중 월차임분을 뺀 금액만 지원하므로 해당 금액 자료가 없으면 미결정. 2촌 이내 혈족 소유 주택 임차, 다른 청년월세 지원 수혜 중, 이미 24개월 수혜는 제외 (연계 자료 없음)',
      'Actual monthly rent up to 200,000 for up to 24 months (4,800,000 in total, once in a lifetime; 2026 entrants until Dec 2028). Deposits and fees are not covered. Housing benefit recipients get only the excess over the rent part of their housing benefit, so without that amount it is undetermined. Renting from relatives within two degrees, another youth-rent support, or 24 months already received exclude (not in the linked data)',
    ),
    amount: (ctx) => {
      const received = ctx
        .members()
        .some((m) => (m.fact('programRecipient', 'programs') as string[]).includes(HOUSING_BENEFIT));
      if (received) {
        throw new MissingData([
          {
            dataType: 'rule:youthRent.housingBenefitOffset',
            what: t(
              '주거급여 중 월차임분 (청년월세 지원액에서 차감)',
              'rent part of the housing benefit (deducted from the youth rent support)',
            ),
          },
        ]);
      }
      const rent = Number(ctx.get('household.monthlyRent'));
      const max = ctx.param('youthRent.monthlyMax');
      const amountKrw = Math.min(rent, max);
      return {
        amountKrw,
        lines: [
          { label: t('월세', 'monthly rent'), value: rent },
          { label: t('월 지원 한도', 'monthly maximum'), value: max },
          { label: t('지원액', 'support'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      landlordRelation: z
        .enum(['unrelated', 'relativeWithinTwoDegrees'])
        .meta({ label: t('임대인과의 관계', 'relation to the landlord') }),
      inOtherYouthRentProgram: z
        .boolean()
        .meta({ label: t('지자체 청년월세 지원 수혜 중', 'receiving a local youth-rent support') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({
          label: t('지원금 수령 계좌 (청년 본인 명의)', 'bank account for payments (the youth’s own)'),
        }),
      consentToDataLinkage: z.literal(true).meta({
        label: t(
          '금융정보 등 제공 동의 (청년가구·원가구)',
          'consent to data linkage (youth and parents’ households)',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('청년월세 지원 신청서', 'youth rent support application'),
        required: true,
      },
      { id: 'rentContract', label: t('임대차계약서', 'rental contract'), required: true },
      { id: 'rentPayment', label: t('월세 이체 증빙', 'proof of rent payments'), required: true },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서 (원가구 포함)', 'financial data consent (incl. parents)'),
        required: true,
      },
      {
        id: 'debtEvidence',
        label: t('임차보증금 대출 증빙 (부채 차감 시)', 'deposit loan documents (to deduct debt)'),
        required: false,
      },
    ],
  },
  exclusions: [
    {
      programId: HOUSING_BENEFIT,
      kind: 'reduces',
      reason: t(
        '주거급여 수급자는 주거급여액 중 월차임분(청년 분리지급액 포함)을 차감한 금액만 지원',
        'housing benefit recipients get only the amount above the rent part of their housing benefit (incl. the youth split payment)',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'semiannual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
