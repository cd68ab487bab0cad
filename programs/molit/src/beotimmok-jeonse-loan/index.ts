import {
  all,
  annualOf,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  floorWon,
  judgement,
  lit,
  noMember,
  type Operand,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 버팀목전세자금대출 (WLF00003222) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003222&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: ParameterDefinition['versions'][number]['value'],
  note?: string,
): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit,
  versions: [{ from: '2026-01-01', value, sources: [bokjiro], ...(note ? { note } : {}) }],
});
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byRegion = (capital: number, other: number) => ({ type: 'byKey' as const, values: { capital, other } });
const byCategory = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

const parameters: ParameterDefinition[] = [
  p2026(
    'beotimmokJeonseLoan.incomeLimit',
    '부부합산 연소득 기준 (가구 유형별, 이하)',
    'couple’s annual income limit (by household type, at most)',
    'krw/year',
    byCategory({
      general: 50_000_000,
      multiChild: 60_000_000,
      newlywed: 75_000_000,
      birth: 130_000_000,
      birthDualEarner: 200_000_000,
    }),
  ),
  p2026(
    'beotimmokJeonseLoan.multiChildCount',
    '2자녀 이상 가구 자녀 수 (이상)',
    'children of a multi-child household (at least)',
    'count',
    scalar(2),
  ),
  p2026(
    'beotimmokJeonseLoan.netAssetLimit',
    '순자산가액 기준 (이하)',
    'net assets (at most)',
    'krw',
    scalar(345_000_000),
  ),
  p2026(
    'beotimmokJeonseLoan.depositLimit.general',
    '임차보증금 기준 (일반, 이하)',
    'rental deposit limit (general, at most)',
    'krw',
    { type: 'byKey', values: { capital: 300_000_000 } },
    "수도권(서울·인천·경기). 지방 기준은 상세 기록에 '지방 2원 이하'로 적혀 금액이 기록에 없으므로 두지 않음 (주택도시기금 기준 확인)",
  ),
  p2026(
    'beotimmokJeonseLoan.depositLimit.multiChild',
    '임차보증금 기준 (2자녀 이상·신혼가구, 이하)',
    'rental deposit limit (2+ children or newlyweds, at most)',
    'krw',
    byRegion(400_000_000, 300_000_000),
  ),
  p2026(
    'beotimmokJeonseLoan.depositLimit.birth',
    '임차보증금 기준 (출산가구, 이하)',
    'rental deposit limit (households with a new birth, at most)',
    'krw',
    byRegion(500_000_000, 400_000_000),
  ),
  p2026(
    'beotimmokJeonseLoan.loanRatio',
    '대출한도 (임차보증금 대비)',
    'loan limit (share of the deposit)',
    'ratio',
    byCategory({ general: 0.7, multiChild: 0.8, newlywed: 0.8, birth: 0.8 }),
  ),
  p2026(
    'beotimmokJeonseLoan.loanCap.general',
    '대출한도 (일반)',
    'loan cap (general)',
    'krw',
    byRegion(120_000_000, 80_000_000),
  ),
  p2026(
    'beotimmokJeonseLoan.loanCap.multiChild',
    '대출한도 (2자녀 이상·신혼가구)',
    'loan cap (2+ children or newlyweds)',
    'krw',
    byRegion(250_000_000, 160_000_000),
  ),
  p2026(
    'beotimmokJeonseLoan.loanCap.birth',
    '대출한도 (출산가구)',
    'loan cap (new birth)',
    'krw',
    scalar(240_000_000),
  ),
  p2026(
    'beotimmokJeonseLoan.rate',
    '대출금리 범위 (연, 소득·보증금 구간별)',
    'interest rate range (annual, by income and deposit band)',
    'ratio',
    byCategory({
      generalMin: 0.025,
      generalMax: 0.035,
      newlywedMin: 0.019,
      newlywedMax: 0.033,
      birthMin: 0.013,
      birthMax: 0.043,
      preferentialMax: 0.005,
      floor: 0.01,
    }),
    '우대금리(기초생활수급자·차상위·한부모 등) 합계 최대 0.5%p, 최대 4년; 최종금리 하한 연 1.0%',
  ),
  p2026(
    'beotimmokJeonseLoan.termYears',
    '이용기간 (1회)',
    'term (each)',
    'years',
    scalar(2),
    '4회 연장하여 최장 10년',
  ),
  p2026(
    'beotimmokJeonseLoan.maxTermYears',
    '최장 이용기간',
    'longest total term',
    'years',
    scalar(10),
    '10년 이용 후 연장 시점 미성년 자녀 1명당 2년 추가',
  ),
];

const capitalRegion = cmp(
  t('수도권 (서울·인천·경기)', 'capital region (Seoul, Incheon, Gyeonggi)'),
  v('household.housingTier'),
  'in',
  lit(
    ['tier1', 'tier2'],
    t('서울 (1급지)·경기·인천 (2급지)', 'Seoul (tier 1), Gyeonggi and Incheon (tier 2)'),
  ),
);
const nonCapitalRegion = cmp(
  t('지방 (수도권 외)', 'outside the capital region'),
  v('household.housingTier'),
  'in',
  lit(['tier3', 'tier4'], t('3·4급지', 'tiers 3 and 4')),
);
/**
 * The deposit within the limit for the region (수도권 / 지방). `otherUnstated` replaces the 지방 comparison
 * where the record gives no readable 지방 amount.
 */
const depositWithin = (id: string, ko: string, en: string, otherUnstated?: Criterion): Criterion =>
  any(
    t(ko, en),
    all(
      t('수도권 한도 이내', 'within the capital-region limit'),
      capitalRegion,
      cmp(
        t('보증금 수도권 한도 이하', 'deposit within the capital limit'),
        v('household.deposit'),
        '<=',
        param(id, { key: 'capital' }),
      ),
    ),
    all(
      t('지방 한도 이내', 'within the limit elsewhere'),
      nonCapitalRegion,
      otherUnstated ??
        cmp(
          t('보증금 지방 한도 이하', 'deposit within the limit elsewhere'),
          v('household.deposit'),
          '<=',
          param(id, { key: 'other' }),
        ),
    ),
  );

const annualCoupleIncome: Operand = annualOf(
  t('부부합산 연소득 (월 × 12)', 'couple’s annual income (monthly × 12)'),
  v('household.coupleIncome'),
);
const incomeAtMost = (key: string, ko: string, en: string) =>
  cmp(t(ko, en), annualCoupleIncome, '<=', param('beotimmokJeonseLoan.incomeLimit', { key }));

const isChild = cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child')));
const spouseEarns = someMember(
  t('배우자에게 근로·사업소득이 있음', 'the spouse has earned or business income'),
  all(
    t('소득 있는 배우자', 'earning spouse'),
    cmp(t('배우자', 'spouse'), v('person.relation'), '==', lit('spouse', t('배우자', 'spouse'))),
    cmp(
      t('근로·사업소득 0원 초과', 'earned or business income above zero'),
      v('person.earnedAndBusinessIncome'),
      '>',
      lit(0),
    ),
  ),
);

export default defineProgram({
  id: 'WLF00003222',
  version: '2026.1',
  name: t('버팀목전세자금대출', 'Beotimmok Jeonse Deposit Loan'),
  ministry: '국토교통부',
  bureau: '주택기금과',
  legalBasis: [t('주택도시기금법', 'Housing and Urban Fund Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multicultural', 'multiChild', 'disability', 'lowIncome', 'singleParent'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '순자산가액 3.45억원 이하 무주택 세대주에게 부부합산 연소득 5천만원 이하(2자녀 이상 6천만원, 신혼가구 7.5천만원, 출산가구 1.3억원·맞벌이 2억원)이면 임차보증금의 70~80%를 전세자금으로 빌려줍니다 (수도권 1.2억~2.5억원, 지방 0.8억~1.6억원, 출산가구 2.4억원).',
    'Homeless heads of household with net assets up to 345M and couple’s income up to 50M (60M with 2+ children, 75M newlyweds, 130M / 200M dual-earner for households with a new birth) can borrow 70–80% of the jeonse deposit (120–250M in the capital region, 80–160M elsewhere, 240M for a new birth).',
  ),
  criteria: all(
    undefined,
    cmp(t('세대주', 'head of household'), v('person.relation'), '==', lit('head', t('세대주', 'head'))),
    noMember(
      t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
      cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
    ),
    cmp(
      t('순자산가액 3.45억원 이하 (부부합산)', 'net assets at most 345,000,000 (couple)'),
      v('household.coupleNetAssets'),
      '<=',
      param('beotimmokJeonseLoan.netAssetLimit'),
    ),
    cmp(
      t('임차보증금이 있는 임차 (전세)', 'a lease with a deposit (jeonse)'),
      v('household.deposit'),
      '>',
      lit(0),
    ),
    any(
      t('가구 유형별 소득·보증금 기준', 'income and deposit limits by household type'),
      all(
        t(
          '일반: 연소득 5천만원 이하, 보증금 수도권 3억원 이하 (지방 기준은 기록에 금액 없음)',
          'general: income ≤ 50M, deposit ≤ 300M in the capital region (the amount elsewhere is not in the record)',
        ),
        incomeAtMost('general', '부부합산 연소득 5천만원 이하', 'couple’s income at most 50,000,000'),
        depositWithin(
          'beotimmokJeonseLoan.depositLimit.general',
          '보증금 수도권 3억원 이하, 지방은 기준 확인',
          'deposit ≤ 300M (capital region); elsewhere the limit needs checking',
          judgement(
            t(
              '보증금이 지방 기준 이하 (기록은 "지방 2원 이하"로 금액이 불분명)',
              'deposit within the limit outside the capital region (the record reads "지방 2원 이하": no readable amount)',
            ),
            t(
              '주택도시기금의 2026 일반 가구 지방 임차보증금 기준',
              'the Housing and Urban Fund’s 2026 deposit limit for general households outside the capital region',
            ),
          ),
        ),
      ),
      all(
        t(
          '2자녀 이상 가구: 연소득 6천만원 이하, 보증금 수도권 4억·지방 3억원 이하',
          '2+ children: income ≤ 60M, deposit ≤ 400M / 300M',
        ),
        {
          type: 'count',
          label: t('자녀 2명 이상', 'two or more children'),
          where: isChild,
          op: '>=',
          right: param('beotimmokJeonseLoan.multiChildCount'),
        },
        incomeAtMost('multiChild', '부부합산 연소득 6천만원 이하', 'couple’s income at most 60,000,000'),
        depositWithin(
          'beotimmokJeonseLoan.depositLimit.multiChild',
          '보증금 수도권 4억·지방 3억원 이하',
          'deposit ≤ 400M (capital) / 300M',
        ),
      ),
      all(
        t(
          '신혼가구: 연소득 7.5천만원 이하, 보증금 수도권 4억·지방 3억원 이하',
          'newlyweds: income ≤ 75M, deposit ≤ 400M / 300M',
        ),
        cmp(t('배우자 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        judgement(
          t(
            '신혼가구 (혼인 기간 기준은 기록에 없음)',
            'newlywed household (the marriage-length rule is not in the record)',
          ),
          t(
            '혼인신고일과 주택도시기금의 신혼가구 기준',
            'date of marriage and the Housing and Urban Fund’s newlywed rule',
          ),
        ),
        incomeAtMost('newlywed', '부부합산 연소득 7.5천만원 이하', 'couple’s income at most 75,000,000'),
        depositWithin(
          'beotimmokJeonseLoan.depositLimit.multiChild',
          '보증금 수도권 4억·지방 3억원 이하',
          'deposit ≤ 400M (capital) / 300M',
        ),
      ),
      all(
        t(
          '출산가구: 연소득 1.3억원(맞벌이 2억원) 이하, 보증금 수도권 5억·지방 4억원 이하',
          'new birth: income ≤ 130M (200M dual earners), deposit ≤ 500M / 400M',
        ),
        someMember(t('자녀가 있음', 'has a child'), isChild),
        judgement(
          t(
            '출산가구 (출산 시기 기준은 기록에 없음)',
            'household with a new birth (the birth-date rule is not in the record)',
          ),
          t(
            '자녀 출생일과 주택도시기금의 출산가구 기준',
            'the child’s birth date and the Housing and Urban Fund’s rule',
          ),
        ),
        any(
          t('연소득 1.3억원 이하 또는 맞벌이 2억원 이하', 'income ≤ 130M, or ≤ 200M for dual earners'),
          incomeAtMost('birth', '부부합산 연소득 1.3억원 이하', 'couple’s income at most 130,000,000'),
          all(
            t('맞벌이: 연소득 2억원 이하', 'dual earners: income at most 200,000,000'),
            cmp(
              t('본인 근로·사업소득 있음', 'own earned or business income'),
              v('person.earnedAndBusinessIncome'),
              '>',
              lit(0),
            ),
            spouseEarns,
            incomeAtMost(
              'birthDualEarner',
              '부부합산 연소득 2억원 이하',
              'couple’s income at most 200,000,000',
            ),
          ),
        ),
        depositWithin(
          'beotimmokJeonseLoan.depositLimit.birth',
          '보증금 수도권 5억·지방 4억원 이하',
          'deposit ≤ 500M (capital) / 400M',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전세자금 대출한도: 일반 임차보증금 70% 이내 수도권 1.2억·지방 0.8억원, 2자녀 이상·신혼가구 80% 이내 수도권 2.5억·지방 1.6억원, 출산가구 80% 이내 2.4억원. 산정액은 일반 또는 2자녀 이상 기준 (신혼·출산가구 해당 여부는 확인 필요). 금리 연 2.5~3.5% (신혼 1.9~3.3%, 출산 1.3~4.3%), 우대금리 최대 0.5%p (최종 하한 1.0%), 자산심사 부적격자 가산금리. 2년, 4회 연장 최장 10년 (이후 미성년 자녀 1명당 2년 추가). 만기일시 또는 혼합상환',
      'Jeonse loan limit: 70% of the deposit up to 120M (capital region) / 80M; 80% up to 250M / 160M with 2+ children or newlyweds; 80% up to 240M for a new birth. The computed amount uses the general or 2+-children limits (newlywed and birth status need checking). Interest 2.5–3.5% (newlyweds 1.9–3.3%, new birth 1.3–4.3%), preferential discounts up to 0.5 pp (floor 1.0%), surcharge on failing the asset review. 2 years, extendable 4 times up to 10 (then 2 more years per minor child). Repaid at maturity or mixed',
    ),
    amount: (ctx) => {
      const tier = String(ctx.get('household.housingTier'));
      const region = tier === 'tier1' || tier === 'tier2' ? 'capital' : 'other';
      const deposit = Number(ctx.get('household.deposit'));
      const income = Number(ctx.get('household.coupleIncome')) * 12;
      const children = ctx.members().filter((m) => m.get('person.relation') === 'child').length;
      const multiChild =
        children >= ctx.param('beotimmokJeonseLoan.multiChildCount') &&
        income <= ctx.param('beotimmokJeonseLoan.incomeLimit', 'multiChild') &&
        deposit <= ctx.param('beotimmokJeonseLoan.depositLimit.multiChild', region);
      const kind = multiChild ? 'multiChild' : 'general';
      const ratio = ctx.param('beotimmokJeonseLoan.loanRatio', kind);
      const cap = ctx.param(`beotimmokJeonseLoan.loanCap.${kind}`, region);
      const amountKrw = Math.min(floorWon(deposit * ratio), cap);
      return {
        amountKrw,
        lines: [
          { label: t('적용 기준', 'limits applied'), value: multiChild ? '2자녀 이상' : '일반' },
          { label: t('임차보증금', 'rental deposit'), value: deposit },
          { label: t('보증금 대비 한도', 'share of the deposit'), value: ratio },
          {
            label: t(`대출한도 (${region === 'capital' ? '수도권' : '지방'})`, `loan cap (${region})`),
            value: cap,
          },
          { label: t('대출 가능액', 'loan available'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      householdType: z
        .enum(['general', 'multiChild', 'newlywed', 'birth'])
        .meta({ label: t('가구 유형', 'household type') }),
      requestedAmountKrw: z
        .number()
        .int()
        .min(0)
        .max(1_000_000_000)
        .meta({ label: t('신청 대출금액', 'loan amount requested') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      { id: 'application', label: t('대출 신청서', 'loan application'), required: true },
      {
        id: 'rentContract',
        label: t('임대차계약서 (확정일자)', 'rental contract (with a fixed date)'),
        required: true,
      },
      { id: 'incomeProof', label: t('부부 소득 증빙', 'income documents of the couple'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
