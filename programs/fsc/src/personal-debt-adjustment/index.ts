import {
  all,
  any,
  cmp,
  defineProgram,
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

const bokjiro: Source = {
  title: '복지로 개인채무조정 (WLF00005036) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005036&wlfareInfoReldBztpCd=01',
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
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

const parameters: ParameterDefinition[] = [
  p2026(
    'debtAdjustment.totalCap',
    '신용회복지원협약 금융회사 총 채무액 기준 (이하)',
    'total debt to member institutions (at most)',
    'krw',
    scalar(1_500_000_000),
  ),
  p2026(
    'debtAdjustment.unsecuredCap',
    '무담보 채무 기준 (이하)',
    'unsecured debt (at most)',
    'krw',
    scalar(500_000_000),
  ),
  p2026(
    'debtAdjustment.securedCap',
    '담보 채무 기준 (이하)',
    'secured debt (at most)',
    'krw',
    scalar(1_000_000_000),
  ),
  p2026(
    'debtAdjustment.newDebtShare',
    '지원 제한: 신청 전 신규 채무 원금 비율 (총 채무 원금 대비, 이상)',
    'restriction: new principal in the months before applying (share of all principal, at least)',
    'ratio',
    scalar(0.3),
  ),
  p2026(
    'debtAdjustment.newDebtMonths',
    '지원 제한: 신규 채무 판단 기간',
    'restriction: look-back for new debt',
    'months',
    scalar(6),
  ),
  p2026(
    'debtAdjustment.arrearsDays',
    '연체일수 구분 (신속 0~30일, 사전 31~89일, 개인워크아웃 90일 이상)',
    'days in arrears by track (fast 0–30, pre-workout 31–89, workout 90+)',
    'count',
    byKey({ fastTrackMax: 30, preWorkoutMax: 89, workoutFrom: 90 }),
  ),
  p2026(
    'debtAdjustment.interestCut',
    '이자율 인하 범위',
    'interest-rate reduction range',
    'ratio',
    byKey({ fastTrackMin: 0.3, fastTrackMax: 0.5, preWorkoutMin: 0.3, preWorkoutMax: 0.7 }),
  ),
  p2026(
    'debtAdjustment.maxInstallmentMonths',
    '분할상환 최장 기간',
    'longest instalment period',
    'months',
    byKey({ fastTrack: 120, preWorkout: 120, workout: 96 }),
  ),
  p2026(
    'debtAdjustment.maxDeferralYears',
    '상환유예 최장 기간 (6개월 단위)',
    'longest deferral (in 6-month steps)',
    'years',
    scalar(3),
  ),
  p2026(
    'debtAdjustment.principalCut',
    '원금 감면 최대 비율',
    'maximum principal reduction',
    'ratio',
    byKey({
      fastTrackVulnerable: 0.15,
      preWorkoutVulnerable: 0.3,
      workoutMax: 0.9,
      workoutRecipientOrSevereDisability: 0.9,
      workoutLowIncomeSenior: 0.8,
      workoutOtherVulnerable: 0.7,
    }),
    '신속·사전: 기초수급자·중증장애인·70세 이상. 개인워크아웃 상각채권: 90% 기초수급자·중증장애인, 80% 저소득 70세 이상, 70% 군복무자·대학생·미취업청년·60세 이상·차상위·다자녀부양자 등',
  ),
  p2026(
    'debtAdjustment.seniorAge',
    '원금 감면 고령층 연령 (이상)',
    'age of the older groups for principal reductions (at least)',
    'years',
    byKey({ senior: 70, older: 60 }),
  ),
];

export default defineProgram({
  id: 'WLF00005036',
  version: '2026.1',
  name: t('개인채무조정', 'Personal debt adjustment (Credit Counselling and Recovery Service)'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [
    t('서민의 금융생활 지원에 관한 법률', 'Act on Support for the Financial Life of Ordinary People'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '신용회복지원협약 금융회사 채무가 15억원 이하(무담보 5억·담보 10억)이고 최저생계비 이상의 수입이 있거나 상환 가능하다고 인정되는 채무자에게 연체일수에 따라 신속채무조정(0~30일)·사전채무조정(31~89일)·개인워크아웃(90일 이상)으로 이자율 인하, 분할상환, 상환유예, 원금 감면을 지원합니다.',
    'Debtors owing member institutions at most 1.5B (500M unsecured, 1B secured) who earn at least the minimum cost of living or are judged able to repay get, by days in arrears, fast-track (0–30), pre-workout (31–89) or individual workout (90+) adjustments: lower rates, instalments, deferral and principal reductions.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('채무가 있음 (가구 부채 기록)', 'has debt (household debt records)'),
      v('household.debt'),
      '>',
      lit(0),
    ),
    any(
      t(
        '협약 금융회사 총 채무액 15억원 이하 (무담보 5억원, 담보 10억원)',
        'debt to member institutions at most 1.5B (500M unsecured, 1B secured)',
      ),
      cmp(
        t(
          '가구 부채 합계 5억원 이하 (무담보·담보 한도 모두 이내)',
          'household debt at most 500M (within both limits)',
        ),
        v('household.debt'),
        '<=',
        param('debtAdjustment.unsecuredCap'),
      ),
      judgement(
        t(
          '본인의 협약 금융회사 채무가 무담보 5억원·담보 10억원 이하',
          'own debt to member institutions within 500M unsecured and 1B secured',
        ),
        t(
          '본인의 담보·무담보 채무 내역 (신용회복위원회)',
          'own secured and unsecured debts (Credit Counselling and Recovery Service)',
        ),
      ),
    ),
    judgement(
      t(
        '최저생계비 이상의 수입이 있거나 위원회가 채무상환이 가능하다고 인정',
        'earns at least the minimum cost of living, or the committee finds repayment possible',
      ),
      t(
        '수입과 상환 능력 (최저생계비 금액은 기록에 없음; 신용회복위원회 심사)',
        'income and ability to repay (the minimum cost of living is not in the record; committee review)',
      ),
    ),
    judgement(
      t(
        '지원 제한 사유 없음 (신청 전 6개월 이내 신규 채무 원금 30% 미만, 재산 도피·은닉 없음, 채무부존재확인소송·분쟁 없음)',
        'no restriction (new principal in the last 6 months under 30%, no hidden assets, no dispute over the debt)',
      ),
      t(
        '최근 6개월 신규 채무 내역, 재산 처분, 소송·분쟁 여부 (신용회복위원회 심사)',
        'new debts in the last 6 months, disposals of assets, lawsuits or disputes (committee review)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '연체일수별 채무조정. 신속채무조정(0~30일, 연체우려자 포함): 연체이자 감면, 이자율 30~50% 인하, 분할상환 최장 120개월, 상환유예 최장 3년, 기초수급자·중증장애인·70세 이상은 원금 15% 이내 감면. 사전채무조정(31~89일): 이자율 30~70% 인하, 최장 120개월, 유예 3년, 취약층 원금 30% 이내 감면. 개인워크아웃(90일 이상): 이자·연체이자 감면, 원금 최대 90% 감면 (상각채권: 기초수급자·중증장애인 90%, 저소득 70세 이상 80%, 군복무자·대학생·미취업청년·60세 이상·차상위·다자녀부양자 등 70%), 최장 96개월, 유예 3년',
      'Adjustment by days in arrears. Fast track (0–30 days, incl. those at risk): late interest waived, rates cut 30–50%, instalments up to 120 months, deferral up to 3 years, up to 15% of principal for NBLSS recipients, the severely disabled and those 70+. Pre-workout (31–89): rates cut 30–70%, 120 months, 3 years, up to 30% of principal for those groups. Individual workout (90+): interest waived, up to 90% of principal (written-off debts: 90% recipients and severely disabled, 80% low-income 70+, 70% soldiers, students, unemployed youth, 60+, near-poor, large families), up to 96 months, 3 years deferral',
    ),
  },
  form: {
    schema: z.object({
      daysInArrears: z
        .number()
        .int()
        .min(0)
        .max(100_000)
        .meta({ label: t('연체일수', 'days in arrears') }),
      hardshipReason: z
        .string()
        .max(500)
        .optional()
        .meta({ label: t('상환 곤란 사유', 'reason repayment is hard') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인(신용)정보 수집·이용 및 제공 동의',
          'consent to the collection and use of personal (credit) data',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('신용회복지원(상담)신청서', 'credit recovery (counselling) application'),
        required: true,
      },
      { id: 'incomeProof', label: t('소득 증빙', 'proof of income'), required: false },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
