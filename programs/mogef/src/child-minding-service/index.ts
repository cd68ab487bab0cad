import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
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
  title: '복지로 아이돌봄서비스 (WLF00000024) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000024&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });
const v2026 = (value: ReturnType<typeof scalar> | ReturnType<typeof byKey>, note?: string) => [
  { from: '2026-01-01', value, sources: [bokjiro], ...(note ? { note } : {}) },
];

const BRACKETS = '가형 ≤ 중위 75%, 나형 ≤ 120%, 다형 ≤ 150%, 라형 ≤ 250%';
const AGE_TYPES = "A형: '19.1.1. 이후 출생, B형: '18.12.31. 이전 출생";

const parameters: ParameterDefinition[] = [
  {
    id: 'childMinding.minAgeMonths',
    label: t('최저 월령 (생후, 이상)', 'minimum age in months (inclusive)'),
    unit: 'months',
    versions: v2026(scalar(3)),
  },
  {
    id: 'childMinding.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: v2026(scalar(12)),
  },
  {
    id: 'childMinding.infantFullDayMaxAgeMonths',
    label: t(
      '영아종일제 월령 상한 (이하; 이른둥이 제외)',
      'full-day infant care: age limit in months (inclusive; preterm excepted)',
    ),
    unit: 'months',
    versions: v2026(scalar(36)),
  },
  {
    id: 'childMinding.pretermInfantFullDayMaxAgeMonths',
    label: t(
      '이른둥이 영아종일제 월령 상한 (이하)',
      'full-day infant care for preterm infants: age limit in months (inclusive)',
    ),
    unit: 'months',
    versions: v2026(scalar(40), '이른둥이: 임신기간 37주 미만 또는 출생 당시 2.5kg 미만'),
  },
  {
    id: 'childMinding.multiChildMin',
    label: t(
      '다자녀가정: 12세 이하 아동 수 (이상)',
      'multi-child household: children aged 12 or under (at least)',
    ),
    unit: 'count',
    versions: v2026(scalar(2)),
  },
  {
    id: 'childMinding.incomeShare',
    label: t(
      '정부지원 가구 소득기준 (기준 중위소득 대비)',
      'income limit for government support (share of the median)',
    ),
    unit: 'ratio',
    versions: v2026(
      scalar(2.5),
      '복지로 상세의 4인 가구 금액(250% 16,237,000원)은 천원 단위로 올린 값: 중위소득 × 250% = 16,236,845원',
    ),
  },
  {
    id: 'childMinding.bracketShare',
    label: t('소득유형별 기준 (기준 중위소득 대비)', 'income brackets (share of the median)'),
    unit: 'ratio',
    versions: v2026(byKey({ ga: 0.75, na: 1.2, da: 1.5, ra: 2.5 }), BRACKETS),
  },
  {
    id: 'childMinding.typeABirthYearFrom',
    label: t('A형 아동 출생 연도 (이후 출생)', 'type-A children: born in or after'),
    unit: 'years',
    versions: v2026(scalar(2019), AGE_TYPES),
  },
  {
    id: 'childMinding.hourlySubsidy.timeBased.general',
    label: t(
      '시간제 시간당 정부지원금 (일반가정, 소득유형·A/B형별)',
      'time-based care: hourly subsidy (general households, by bracket and age type)',
    ),
    unit: 'krw',
    versions: v2026(
      byKey({ gaA: 10872, gaB: 10232, naA: 7674, naB: 6396, daA: 3838, daB: 3198, raA: 1920, raB: 1280 }),
      `${BRACKETS}; ${AGE_TYPES}`,
    ),
  },
  {
    id: 'childMinding.hourlySubsidy.timeBased.priority',
    label: t(
      '시간제 시간당 정부지원금 (한부모·장애부모·장애아동·청소년부모)',
      'time-based care: hourly subsidy (single parents, disabled parents or children, teen parents)',
    ),
    unit: 'krw',
    versions: v2026(
      byKey({ gaA: 11512, gaB: 10872, naA: 7674, naB: 6396, daA: 3838, daB: 3198, raA: 1920, raB: 1280 }),
      `${BRACKETS}; ${AGE_TYPES}`,
    ),
  },
  {
    id: 'childMinding.hourlySubsidy.infantFullDay.general',
    label: t(
      '영아종일제 시간당 정부지원금 (일반가정, 소득유형별)',
      'full-day infant care: hourly subsidy (general households, by bracket)',
    ),
    unit: 'krw',
    versions: v2026(byKey({ ga: 10872, na: 7674, da: 3838, ra: 1920 }), BRACKETS),
  },
  {
    id: 'childMinding.hourlySubsidy.infantFullDay.priority',
    label: t(
      '영아종일제 시간당 정부지원금 (한부모·장애부모·장애아동·청소년부모)',
      'full-day infant care: hourly subsidy (single parents, disabled parents or children, teen parents)',
    ),
    unit: 'krw',
    versions: v2026(byKey({ ga: 11512, na: 7674, da: 3838, ra: 1920 }), BRACKETS),
  },
  {
    id: 'childMinding.hourlySubsidy.teenSingleParentOrInfant',
    label: t(
      '시간당 정부지원금 (청소년(한)부모·0~1세 자녀 양육 가정, 가형~라형, 시간제·영아종일제)',
      'hourly subsidy (teen (single) parents, households raising a child aged 0–1; all brackets, both services)',
    ),
    unit: 'krw',
    versions: v2026(scalar(11512)),
  },
];

const WORKING = ['employee', 'selfEmployed', 'dailyWorker', 'platformWorker', 'artist', 'farmer'];
const PARENTS = ['head', 'spouse'];

const isParent = (): Criterion =>
  cmp(
    t('가구주 또는 배우자 (부모)', 'head or spouse (parent)'),
    v('person.relation'),
    'in',
    lit(PARENTS, t('가구주·배우자', 'head / spouse')),
  );
const isWorking = (): Criterion =>
  cmp(
    t('취업 중', 'in work'),
    fact('employment', 'status'),
    'in',
    lit(WORKING, t('취업 (임금·자영·일용 등)', 'in work (employee, self-employed, day worker, …)')),
  );
const childrenUpTo12 = (label: ReturnType<typeof t>): Criterion => ({
  type: 'count',
  label,
  where: cmp(t('12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('childMinding.maxAge')),
  op: '>=',
  right: param('childMinding.multiChildMin'),
});

export default defineProgram({
  id: 'WLF00000024',
  version: '2026.1',
  name: t('아이돌봄서비스', 'Child-minding service (home visits by childcare workers)'),
  ministry: '성평등가족부',
  bureau: '아이돌봄지원과',
  legalBasis: [t('아이돌봄 지원법', 'Child Care Support Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['multicultural', 'multiChild', 'disability', 'singleParent'],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '부모의 취업 등으로 양육공백이 생긴 가정(맞벌이·취업 한부모·장애부모·다자녀·다문화 등)의 생후 3개월~12세 이하 아동에게 아이돌보미가 찾아가 돌봄을 제공하고, 가구 소득이 기준 중위소득 250% 이하이면 소득유형(가~라형)에 따라 시간당 정부지원금을 지급합니다.',
    'Childcare workers visit children aged 3 months to 12 years in households with a care gap (dual earners, working single parents, disabled parents, multi-child or multicultural families, …); households at or below 250% of the median income get an hourly government subsidy by income bracket.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('생후 3개월 이상', 'at least 3 months old'),
      v('person.ageMonths'),
      '>=',
      param('childMinding.minAgeMonths'),
    ),
    cmp(t('만 12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('childMinding.maxAge')),
    any(
      t('양육공백 가정', 'household with a care gap'),
      {
        type: 'count',
        label: t('맞벌이 가정 (부모 모두 취업)', 'dual-earner household (both parents in work)'),
        where: all(undefined, isParent(), isWorking()),
        op: '>=',
        right: lit(2, t('부모 2명', 'two parents')),
      },
      someMember(
        t('취업 한부모가정 (조손가족 포함)', 'working single parent (grandparent families included)'),
        all(
          undefined,
          cmp(
            t('한부모가족 증명', 'single-parent family certificate'),
            fact('singleParentFamily'),
            '==',
            lit(true),
          ),
          isWorking(),
        ),
      ),
      someMember(
        t('장애부모 가정', 'a parent is disabled'),
        all(
          undefined,
          isParent(),
          cmp(
            t('등록장애인 (장애인복지법 제2조)', 'registered disability'),
            fact('disability'),
            '==',
            lit(true),
          ),
        ),
      ),
      childrenUpTo12(
        t(
          '다자녀가정: 12세 이하 아동 2명 이상',
          'multi-child household: two or more children aged 12 or under',
        ),
      ),
      all(
        t(
          '다문화 가정 (12세 이하 아동 2명 이상)',
          'multicultural family with two or more children aged 12 or under',
        ),
        someMember(
          t(
            '다문화가족 (다문화가족지원법 제2조 제1호)',
            'multicultural family (Multicultural Families Support Act)',
          ),
          cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
        ),
        childrenUpTo12(t('12세 이하 아동 2명 이상', 'two or more children aged 12 or under')),
      ),
      judgement(
        t(
          '기타 양육부담 가정 (부모의 장기입원, 재학·취업준비, 어머니의 출산, 아동학대 피해 위기 아동 가정)',
          'other care burden (a parent’s long hospital stay, studies or job search, the mother giving birth, a child at risk of abuse)',
        ),
        t(
          '양육부담 사유의 입증 서류 (읍면동 확인)',
          'proof of the care burden (checked by the local office)',
        ),
      ),
    ),
    judgement(
      t(
        '자녀양육 정부지원 중복 금지 기준 충족',
        'meets the rule against duplicate government child-rearing support',
      ),
      t(
        '다른 자녀양육 정부지원 (보육료·유아학비·부모급여 등) 이용 현황과 중복 금지 기준 (2026 아이돌봄 지원사업 안내)',
        'use of other government child-rearing support (daycare fee, kindergarten tuition, parental benefit, …) against the duplicate-support rule (2026 guidelines)',
      ),
    ),
    cmp(
      t(
        '가구 소득이 기준 중위소득 250% 이하 (공단은 건강보험료 본인부담금으로 산정)',
        'household income at most 250% of the median (assessed from health-insurance premiums)',
      ),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 250%', 'median income × 250%'),
        param('median.income', { by: 'household.size' }),
        param('childMinding.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '아이돌보미 방문 돌봄: 시간제 (생후 3개월~12세), 영아종일제 (생후 3~36개월, 이른둥이 40개월). 2026년 시간당 정부지원금 — 시간제 일반가정: 가형(중위 75%) A형 10,872원·B형 10,232원, 나형(120%) 7,674원·6,396원, 다형(150%) 3,838원·3,198원, 라형(250%) 1,920원·1,280원; 한부모·장애부모·장애아동·청소년부모는 가형 A형 11,512원·B형 10,872원 (나~라형 같음); 청소년(한)부모·0~1세 자녀 양육 가정은 가~라형 11,512원. 영아종일제 일반가정 10,872/7,674/3,838/1,920원, 한부모 등 가형 11,512원. A형 2019.1.1. 이후 출생, B형 2018.12.31. 이전 출생. 소득유형은 건강보험료 본인부담금 기준 (산정 제외)',
      'Home visits: time-based care (3 months to 12 years) and full-day infant care (3 to 36 months; preterm 40). 2026 hourly subsidy — time-based, general households: bracket A (≤75% of median) 10,872 (type A) / 10,232 (type B), B (≤120%) 7,674 / 6,396, C (≤150%) 3,838 / 3,198, D (≤250%) 1,920 / 1,280; single parents, disabled parents or children and teen parents get 11,512 / 10,872 in bracket A (others the same); teen (single) parents and households raising a child aged 0–1 get 11,512 in every bracket. Full-day infant care: 10,872 / 7,674 / 3,838 / 1,920, single parents etc. 11,512 in bracket A. Type A = born 2019 or later. Brackets are set from health-insurance premiums (not computed)',
    ),
  },
  form: {
    schema: z.object({
      service: z
        .enum(['timeBased', 'infantFullDay'])
        .meta({ label: t('서비스 유형 (시간제·영아종일제)', 'service (time-based / full-day infant care)') }),
      careGapReason: z
        .enum(['dualEarner', 'workingSingleParent', 'disabledParent', 'multiChild', 'multicultural', 'other'])
        .meta({ label: t('양육공백 사유', 'reason for the care gap') }),
      preterm: z.boolean().meta({
        label: t('이른둥이 (37주 미만 또는 2.5kg 미만 출생)', 'preterm (under 37 weeks or 2.5 kg at birth)'),
      }),
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
        label: t('사회보장급여 신청(변경)서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'careGapProof',
        label: t(
          '양육공백 사유 입증 서류 (재직·재학·입원 등)',
          'proof of the care gap (employment, studies, hospital stay, …)',
        ),
        required: false,
      },
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
