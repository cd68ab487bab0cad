/**
 * The distributions of the synthetic population. All figures are rounded approximations of
 * published Statistics Korea (통계청) / KOSIS figures — 인구주택총조사 2023 (household size, ages
 * of one-person households, household structure), 주거실태조사 2023 (tenure), 등록장애인 현황,
 * 장기요양 통계, 다문화가족 통계, 가계금융복지조사 — or of program amounts of 2025. They are meant to
 * give realistic *shapes* for tests and load, not official statistics.
 */
import type { Tenure } from '@bokji/core';

/** Household size shares (인구주택총조사 2023, approx.): 1p 36 %, 2p 29 %, 3p 19 %, 4p 13 %, 5+ 3 %. */
export const HOUSEHOLD_SIZE_SHARES = { 1: 0.36, 2: 0.29, 3: 0.19, 4: 0.13, '5+': 0.03 } as const;

/** How the 5+ share splits over 5, 6 and 7 members (approx.). */
export const LARGE_HOUSEHOLD_SPLIT: readonly (readonly [number, number])[] = [
  [5, 0.8],
  [6, 0.16],
  [7, 0.04],
];

/** Age bands of one-person households (1인가구 가구주 연령, 2023, approx.). */
export const SINGLE_HEAD_AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[19, 29], 0.192],
  [[30, 39], 0.173],
  [[40, 49], 0.126],
  [[50, 59], 0.156],
  [[60, 69], 0.173],
  [[70, 94], 0.18],
];

/**
 * Household structures by size: spouse present, children of the head, parents of the head (or of
 * the spouse), grandchildren (grandparent households, 조손가구) and siblings.
 */
export interface Composition {
  spouse: boolean;
  children: number;
  parents: number;
  grandchildren: number;
  siblings: number;
}
const c = (spouse: boolean, children: number, parents = 0, grandchildren = 0, siblings = 0): Composition => ({
  spouse,
  children,
  parents,
  grandchildren,
  siblings,
});

export const COMPOSITIONS_BY_SIZE: Readonly<Record<number, readonly (readonly [Composition, number])[]>> = {
  1: [[c(false, 0), 1]],
  2: [
    [c(true, 0), 0.62], // couple
    [c(false, 1), 0.27], // lone parent + child
    [c(false, 0, 1), 0.05], // adult child + parent
    [c(false, 0, 0, 0, 1), 0.04], // siblings
    [c(false, 0, 0, 1), 0.02], // grandparent + grandchild
  ],
  3: [
    [c(true, 1), 0.71],
    [c(true, 0, 1), 0.06],
    [c(false, 2), 0.11],
    [c(false, 1, 1), 0.06],
    [c(true, 0, 0, 1), 0.03],
    [c(false, 0, 0, 2), 0.01],
    [c(false, 0, 0, 0, 2), 0.02],
  ],
  4: [
    [c(true, 2), 0.83],
    [c(true, 1, 1), 0.08],
    [c(false, 3), 0.03],
    [c(false, 2, 1), 0.03],
    [c(true, 0, 2), 0.01],
    [c(true, 0, 0, 2), 0.02],
  ],
  5: [
    [c(true, 3), 0.5],
    [c(true, 2, 1), 0.3],
    [c(true, 1, 2), 0.12],
    [c(true, 0, 0, 3), 0.03],
    [c(false, 3, 1), 0.05],
  ],
  6: [
    [c(true, 4), 0.25],
    [c(true, 3, 1), 0.35],
    [c(true, 2, 2), 0.4],
  ],
  7: [
    [c(true, 3, 2), 0.5],
    [c(true, 4, 1), 0.3],
    [c(true, 5), 0.2],
  ],
};

/** Share of household heads who are men: couples, lone parents, grandparent households (approx.). */
export const MALE_HEAD_SHARE = { couple: 0.78, loneParent: 0.28, grandparent: 0.4 } as const;

/** Share of one-person households whose member is a man, by age (approx.). */
export const SINGLE_MALE_SHARE = { under60: 0.55, from60: 0.45, from70: 0.27 } as const;

/** Mother's age at first birth ~ N(31.5, 4.2), clamped to 18–44 (출생통계, approx.). */
export const MOTHER_AGE_AT_FIRST_BIRTH = { mean: 31.5, sd: 4.2, min: 18, max: 44 } as const;

/** Share of couples where one partner is a marriage migrant (결혼이민자·귀화자, ≈1.7 % of households). */
export const MIGRANT_COUPLE_SHARE = 0.025;
/** Share of those partners who have naturalized (귀화, KR citizens) (approx.). */
export const NATURALIZED_SHARE = 0.4;
/** Marriage migrants' nationality (결혼이민자 국적별, approx.). */
export const MIGRANT_NATIONALITIES: readonly (readonly [string, number])[] = [
  ['CN', 0.35],
  ['VN', 0.25],
  ['JP', 0.08],
  ['PH', 0.07],
  ['TH', 0.04],
  ['KH', 0.03],
  ['US', 0.03],
  ['UZ', 0.02],
  ['MN', 0.02],
  ['NP', 0.01],
];
/** North Korean defector households (북한이탈주민 ≈ 34,000 people, approx.). */
export const DEFECTOR_HOUSEHOLD_SHARE = 0.0007;

/** Resident population share by province (주민등록인구 2024, approx.), split evenly over its regions. */
export const PROVINCE_POPULATION_SHARES: Readonly<Record<string, number>> = {
  '11': 0.182,
  '26': 0.063,
  '27': 0.046,
  '28': 0.058,
  '29': 0.027,
  '30': 0.028,
  '31': 0.021,
  '36': 0.008,
  '41': 0.266,
  '43': 0.031,
  '44': 0.042,
  '46': 0.035,
  '47': 0.049,
  '48': 0.063,
  '50': 0.013,
  '51': 0.029,
  '52': 0.034,
};

/**
 * Tenure (주거실태조사 2023, approx.: 자가 57 %, 전세 14 %, 월세 19 %, 공공임대 6 %, 무상 3.5 %),
 * conditioned on the household: young one-person households rent, elderly heads own, and the
 * low-income tail lives in public or monthly rentals.
 */
type TenureTable = readonly (readonly [Tenure, number])[];
export const TENURE: Readonly<Record<'base' | 'youngSingle' | 'elderly' | 'poor', TenureTable>> = {
  base: [
    ['owner', 0.57],
    ['jeonse', 0.14],
    ['monthlyRent', 0.19],
    ['publicRental', 0.06],
    ['free', 0.035],
    ['facility', 0.003],
    ['homeless', 0.002],
  ],
  youngSingle: [
    ['owner', 0.1],
    ['jeonse', 0.25],
    ['monthlyRent', 0.5],
    ['publicRental', 0.07],
    ['free', 0.075],
    ['facility', 0.003],
    ['homeless', 0.002],
  ],
  elderly: [
    ['owner', 0.72],
    ['jeonse', 0.07],
    ['monthlyRent', 0.1],
    ['publicRental', 0.07],
    ['free', 0.032],
    ['facility', 0.006],
    ['homeless', 0.002],
  ],
  poor: [
    ['owner', 0.2],
    ['jeonse', 0.04],
    ['monthlyRent', 0.38],
    ['publicRental', 0.27],
    ['free', 0.09],
    ['facility', 0.01],
    ['homeless', 0.01],
  ],
};

/** Housing values and rents by 주거급여 급지 (1 Seoul … 4 elsewhere), KRW, log-normal medians. */
export const HOUSING_BY_TIER: Readonly<
  Record<
    1 | 2 | 3 | 4,
    { homeValue: number; jeonseDeposit: number; rentDeposit: number; monthlyRent: number }
  >
> = {
  1: { homeValue: 500_000_000, jeonseDeposit: 250_000_000, rentDeposit: 20_000_000, monthlyRent: 600_000 },
  2: { homeValue: 300_000_000, jeonseDeposit: 180_000_000, rentDeposit: 12_000_000, monthlyRent: 450_000 },
  3: { homeValue: 220_000_000, jeonseDeposit: 130_000_000, rentDeposit: 10_000_000, monthlyRent: 380_000 },
  4: { homeValue: 130_000_000, jeonseDeposit: 90_000_000, rentDeposit: 5_000_000, monthlyRent: 320_000 },
};
/** Public rental (공공임대): deposit and rent medians, KRW. */
export const PUBLIC_RENTAL = { deposit: 15_000_000, monthlyRent: 180_000 } as const;

/**
 * The deep low-income tail: share of households whose adults have no or only casual work and
 * few assets. On top of the natural low end (elderly singles living on 기초연금, adults without
 * work or pension) it is calibrated so that ≈4.3 % of households fall under the livelihood
 * threshold (소득인정액 under 32 % of 기준 중위소득, measured with core's NBLSS calculation by
 * `summarize`); NBLSS livelihood recipients are ≈3–5 % of households.
 */
export const LOW_INCOME_HOUSEHOLD_SHARE = 0.006;
/** Log-sd of the household-level factor applied to earnings and assets (correlates members). */
export const HOUSEHOLD_FACTOR_SIGMA = 0.3;

/**
 * Employment of adults (경제활동인구조사, approx.): P(wage work), P(self-employed), by age, sex and
 * whether the person lives with a spouse (partnered women of 25–59 have the lowest participation).
 */
export function employmentShares(
  age: number,
  sex: 'F' | 'M',
  partnered: boolean,
): { earned: number; business: number } {
  if (age < 25) return { earned: 0.82, business: 0.04 };
  if (age < 60) {
    if (sex === 'M') return partnered ? { earned: 0.72, business: 0.17 } : { earned: 0.82, business: 0.12 };
    return partnered ? { earned: 0.55, business: 0.1 } : { earned: 0.84, business: 0.08 };
  }
  if (age < 65) return sex === 'M' ? { earned: 0.48, business: 0.2 } : { earned: 0.38, business: 0.1 };
  if (age < 75) return { earned: 0.3, business: 0.12 };
  return { earned: 0.12, business: 0.05 };
}

/** Monthly wage medians by age (임금근로일자리 소득, approx.), before the sex factor; log-sd 0.5. */
export function earnedMedian(age: number): number {
  if (age < 25) return 2_300_000;
  if (age < 30) return 3_000_000;
  if (age < 40) return 3_900_000;
  if (age < 50) return 4_600_000;
  if (age < 60) return 4_400_000;
  if (age < 65) return 3_000_000;
  return 1_400_000;
}
export const EARNED_SIGMA = 0.5;
/** Full-time wages start at the 2025 monthly minimum wage (최저임금 월 환산액 2,096,270 KRW). */
export const MINIMUM_MONTHLY_WAGE = 2_096_270;
/** Part-time wage work (시간제 근로, approx.): share of wage workers, median and log-sd. */
export const PART_TIME = { share: 0.1, median: 1_200_000, sigma: 0.4 } as const;
/** Where wage records come from: 국세청 (regular), 건강보험 보수월액, the rest 일용근로 (lower pay). */
export const WAGE_SOURCES = { nts: 0.6, nhis: 0.3 } as const;
export const DAILY_WORK_FACTOR = 0.6;
export const FEMALE_WAGE_FACTOR = 0.72;
/** Self-employed monthly business income median and log-sd (approx.). */
export const BUSINESS_INCOME = { median: 3_000_000, sigma: 0.85, elderlyMedian: 1_300_000 } as const;
/** Casual or daily work in the low-income tail (일용근로, approx.). */
export const CASUAL_WORK = { share: 0.35, median: 800_000, sigma: 0.5 } as const;
/** University enrolment at 19–22 and 23–24, among 19–24s living alone (approx.), and part-time work. */
export const UNIVERSITY_SHARE = {
  to22: 0.6,
  to24: 0.3,
  livingAlone: 0.25,
  partTimeWork: 0.55,
  partTimeMedian: 700_000,
} as const;
/** Parents' support declared by students living alone (사적이전소득, approx.). */
export const STUDENT_SUPPORT = { share: 0.7, median: 600_000, sigma: 0.4 } as const;

/** National pension (국민연금 노령연금) receipt among 65+ and medians, monthly KRW (approx.). */
export const NATIONAL_PENSION = {
  shareMale: 0.62,
  shareFemale: 0.42,
  medianMale: 600_000,
  medianFemale: 380_000,
  sigma: 0.55,
} as const;
/** Occupational pensions (공무원·사학·군인연금) among 65+ (approx.). */
export const OCCUPATIONAL_PENSION = { share: 0.05, median: 2_600_000, sigma: 0.3 } as const;
/** 기초연금 2025 기준연금액 (≈ 342,510 KRW; couples both receiving: −20 % each); ≈70 % of 65+ receive it. */
export const BASIC_PENSION = { amount: 342_510, coupleFactor: 0.8, share: 0.7 } as const;
/** 장애인연금 for severely disabled adults without earnings (≈ base + additional, approx.). */
export const DISABILITY_PENSION = { amount: 432_510, share: 0.55 } as const;
/** Registration at 고용24 among adults 19–64 without work, and 구직급여 among the registered (approx.). */
export const JOB_SEEKER = {
  share: 0.2,
  benefitShare: 0.35,
  benefitMin: 1_925_760,
  benefitMax: 1_981_440,
} as const;

/** Registered disability by age (등록장애인 현황, ≈5 % of the population overall, approx.). */
export function disabilityRate(age: number): number {
  if (age < 19) return 0.012;
  if (age < 40) return 0.02;
  if (age < 50) return 0.032;
  if (age < 65) return 0.06;
  if (age < 75) return 0.1;
  return 0.15;
}
/** Disability types (장애유형별 등록장애인, approx.); 지적·자폐성 are always severe. */
export const DISABILITY_TYPES: readonly (readonly [string, number])[] = [
  ['지체', 0.44],
  ['청각', 0.16],
  ['시각', 0.095],
  ['뇌병변', 0.094],
  ['지적', 0.085],
  ['정신', 0.04],
  ['신장', 0.04],
  ['자폐성', 0.015],
  ['언어', 0.009],
  ['심장', 0.004],
  ['호흡기', 0.004],
  ['뇌전증', 0.003],
  ['간', 0.006],
  ['장루·요루', 0.005],
];
export const SEVERE_DISABILITY_SHARE = 0.3;

/** 장기요양 인정률 by age (approx.; ≈11 % of 65+) and grade shares. */
export function longTermCareRate(age: number): number {
  if (age < 65) return 0;
  if (age < 75) return 0.03;
  if (age < 85) return 0.12;
  return 0.35;
}
export const LTC_GRADES: readonly (readonly ['1' | '2' | '3' | '4' | '5' | 'cognitive', number])[] = [
  ['1', 0.04],
  ['2', 0.08],
  ['3', 0.25],
  ['4', 0.42],
  ['5', 0.17],
  ['cognitive', 0.04],
];

/** 국가보훈대상자 (incl. families) by age, and the family share (approx.). */
export function veteranRate(age: number): number {
  if (age < 19) return 0;
  if (age < 40) return 0.003;
  if (age < 65) return 0.01;
  return 0.05;
}
export const VETERAN_CATEGORIES = {
  elderly: [
    ['참전유공자', 0.6],
    ['국가유공자', 0.25],
    ['고엽제후유의증', 0.1],
    ['보훈보상대상자', 0.05],
  ],
  other: [
    ['국가유공자', 0.5],
    ['보훈보상대상자', 0.3],
    ['5·18민주유공자', 0.1],
    ['특수임무유공자', 0.1],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;

/** Pregnancy among women 20–44: partnered and other (≈240k births a year, approx.). */
export const PREGNANCY_RATE = { partnered: 0.035, other: 0.004 } as const;
/** School enrolment at 7–18 (취학률, approx.). */
export const SCHOOL_ENROLMENT = 0.98;
/** Childcare use (보육통계, approx.): under 1, 1–2 (daycare), 3–5 (daycare or kindergarten). */
export const CHILDCARE = { under1: 0.15, toddler: 0.6, preschool: 0.92 } as const;
/** 한부모가족 증명: lone-parent or grandparent households with a minor child under 63 % of median (approx.). */
export const SINGLE_PARENT_CERTIFICATE = { incomeRatio: 0.63, share: 0.75 } as const;
/** 농어업인 among heads 40+: rural counties and other non-metropolitan cities (approx.). */
export const FARMER_FISHER = { rural: 0.35, smallCity: 0.05, fisherShare: 0.15 } as const;

/** Assets (가계금융복지조사, approx.): probabilities and log-normal medians/sds, KRW. */
export const ASSETS = {
  homeSigma: 0.55,
  ruralHomeFactor: 0.5,
  depositSigma: 0.7,
  rentSigma: 0.35,
  financial: {
    share: 0.88,
    sigma: 1.2,
    poorShare: 0.6,
    poorMedian: 800_000,
    childShare: 0.3,
    childMedian: 1_000_000,
  },
  general: { share40plus: 0.12, poorShare: 0.02, median: 60_000_000, sigma: 1 },
  car: {
    base: 0.65,
    youngSingle: 0.42,
    elderly75: 0.25,
    poor: 0.12,
    median: 13_000_000,
    sigma: 0.6,
    secondCar: 0.15,
  },
  debt: {
    workingAge: 0.45,
    elderly: 0.2,
    poor: 0.3,
    ownerMedian: 120_000_000,
    otherMedian: 30_000_000,
    poorMedian: 8_000_000,
    sigma: 0.9,
  },
} as const;

/** Median financial assets by age of the adult (approx.). */
export function financialMedian(age: number): number {
  if (age < 30) return 5_000_000;
  if (age < 50) return 15_000_000;
  if (age < 65) return 25_000_000;
  return 20_000_000;
}
