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
  noMember,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 행복주택 공급 (WLF00004649) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004649&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const HOUSING_BENEFIT = 'WLF00003201';

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
  p2026('happyHousing.youthMinAge', '청년 연령 하한 (이상)', 'youth minimum age', 'years', scalar(19)),
  p2026('happyHousing.youthMaxAge', '청년 연령 상한 (이하)', 'youth maximum age', 'years', scalar(39)),
  p2026('happyHousing.seniorMinAge', '고령자 연령 (이상)', 'senior minimum age', 'years', scalar(65)),
  p2026(
    'happyHousing.childMaxAge',
    '신혼부부·한부모가족 자녀 연령 (이하)',
    'age of the child of newlyweds or single parents (at most)',
    'years',
    scalar(6),
    '한부모가족은 태아 포함',
  ),
  p2026(
    'happyHousing.marriageYears',
    '신혼부부 혼인기간 (년 이내)',
    'newlyweds: years since marriage (within)',
    'years',
    scalar(7),
  ),
  p2026(
    'happyHousing.studentAssetLimit',
    '대학생 본인 총자산 기준 (자동차 미소유)',
    'student’s own total assets (and no car)',
    'krw',
    scalar(100_000_000),
  ),
  p2026(
    'happyHousing.youthAssetLimit',
    '청년 총자산 기준 (세대; 세대원이면 본인, 이하)',
    'youth total assets (household; own if not the head; at most)',
    'krw',
    scalar(273_000_000),
  ),
  p2026(
    'happyHousing.householdAssetLimit',
    '세대 총자산 기준 (신혼부부·한부모·고령자·산업단지근로자·창업인 등, 이하)',
    'household total assets (newlyweds, single parents, seniors, workers, founders; at most)',
    'krw',
    scalar(345_000_000),
  ),
  p2026('happyHousing.carLimit', '자동차가액 기준 (이하)', 'car value (at most)', 'krw', scalar(37_080_000)),
  p2026(
    'happyHousing.housingBenefitIncomeShare',
    '주거급여 수급자 계층 세대소득 기준 (기준 중위소득 대비, 이하)',
    'housing benefit group: household income (share of the median, at most)',
    'ratio',
    scalar(0.45),
    '자산은 소득인정액 평가 시 반영',
  ),
  p2026(
    'happyHousing.urbanIncomeShare.single',
    '대학생·청년·고령자 소득기준 (전년도 도시근로자 가구원수별 월평균소득 대비)',
    'students, youth, seniors: income limit (share of the previous year’s urban worker income by size)',
    'ratio',
    byKey({ '1': 1.2, '2': 1.1, '3plus': 1 }),
    '도시근로자 월평균소득 금액은 복지로 기록에 없음',
  ),
  p2026(
    'happyHousing.urbanIncomeShare.family',
    '신혼부부·한부모·산업단지근로자·창업인 등 소득기준 (전년도 도시근로자 월평균소득 대비)',
    'newlyweds, single parents, workers, founders: income limit (share of urban worker income)',
    'ratio',
    byKey({ dualEarner2: 1.3, single1OrDualEarner3plus: 1.2, other2: 1.1, other3plus: 1 }),
    '맞벌이부부 2인 130%, 1인 또는 맞벌이 3인 이상 120%, 맞벌이 제외 2인 110%, 맞벌이 제외 3인 이상 100%. 금액은 기록에 없음',
  ),
  p2026(
    'happyHousing.areaLimit',
    '공급 주택 전용면적 (㎡, 이하)',
    'floor area of the flats (m², at most)',
    'count',
    scalar(60),
  ),
  p2026(
    'happyHousing.rentShare',
    '계층별 임대료 (인근 시세 대비)',
    'rent by group (share of the local market rent)',
    'ratio',
    byKey({
      studentOrYouthNoIncome: 0.68,
      youthWithIncomeOrStartup: 0.72,
      newlywedSingleParentWorker: 0.8,
      senior: 0.76,
      housingBenefit: 0.6,
    }),
  ),
  p2026(
    'happyHousing.maxResidenceYears',
    '계층별 최대 거주기간',
    'longest stay by group',
    'years',
    byKey({
      studentOrYouth: 10,
      familyWithoutChild: 10,
      familyWithChild: 14,
      housingBenefit: 20,
      senior: 20,
      industrialWorker: 10,
    }),
  ),
];

const homeless = noMember(
  t('무주택세대구성원 (세대원 중 주택 소유자 없음)', 'homeless household (no member owns a home)'),
  cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
);
const unmarried = cmp(
  t('미혼 (배우자 없음)', 'unmarried (no spouse)'),
  v('person.hasSpouse'),
  '==',
  lit(false),
);
const ownsNoHome = cmp(t('본인 무주택', 'owns no home'), fact('homeOwner'), '==', lit(false));
const isHead = cmp(
  t('세대주', 'head of household'),
  v('person.relation'),
  '==',
  lit('head', t('세대주', 'head of household')),
);
const assetsAtMost = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), v('household.netAssets'), '<=', param(id));

/** Income (urban worker average income — the amounts are not in the record) and the car limit. */
const incomeAndCar = (ko: string, en: string) =>
  judgement(
    t(ko, en),
    t(
      '세대(또는 본인·부모) 소득과 전년도 도시근로자 가구원수별 월평균소득 (금액은 기록에 없음), 자동차가액',
      'household (or own and parents’) income and the previous year’s urban worker income by size (amounts not in the record), car value',
    ),
  );

const childAtMost6 = someMember(
  t('6세 이하 자녀', 'a child aged 6 or under'),
  all(
    t('6세 이하 자녀', 'child aged 6 or under'),
    cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
    cmp(t('만 6세 이하', 'aged 6 or under'), v('person.age'), '<=', param('happyHousing.childMaxAge')),
  ),
);

export default defineProgram({
  id: 'WLF00004649',
  version: '2026.1',
  name: t('행복주택 공급', 'Happy Housing Supply'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [
    t('공공주택 특별법 시행규칙', 'Enforcement Rules of the Special Act on Public Housing'),
    t('공공주택 특별법', 'Special Act on Public Housing'),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '대학생, 청년(19~39세), (예비)신혼부부, 한부모가족, 고령자(65세 이상), 주거급여 수급자, 산업단지 근로자, 창업인·지역전략산업 종사자·중소기업 장기근속자 중 계층별 소득·자산 기준을 충족하는 무주택자에게 전용 60㎡ 이하 공공임대주택을 시세의 60~80% 임대료로 공급합니다.',
    'Homeless university students, young adults (19–39), (prospective) newlyweds, single-parent families, seniors (65+), housing benefit recipients, industrial-park workers, founders, strategic-industry and long-serving SME workers who meet their group’s income and asset limits can rent public flats of up to 60 m² at 60–80% of the market rent.',
  ),
  criteria: any(
    t('행복주택 입주자 계층 (하나 이상)', 'a Happy Housing applicant group (one or more)'),
    all(
      t('주거급여 수급자 계층', 'housing benefit recipients'),
      homeless,
      cmp(
        t('주거급여 수급 대상자', 'receives the housing benefit'),
        receives(HOUSING_BENEFIT, t('주거급여 수급', 'receives the housing benefit')),
        '==',
        lit(true),
      ),
      cmp(
        t(
          '세대소득(소득인정액) 기준 중위소득 45% 이하',
          'household income (income-recognized amount) at most 45% of the median',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        mul(
          t('기준 중위소득 × 45%', 'median income × 45%'),
          param('median.income', { by: 'household.size' }),
          param('happyHousing.housingBenefitIncomeShare'),
        ),
      ),
    ),
    all(
      t('대학생 계층', 'university students'),
      any(
        t(
          '대학 재학, 다음 학기 입·복학 예정 또는 고교 졸업·중퇴 후 2년 이내',
          'at university, entering or returning next term, or within 2 years of leaving high school',
        ),
        cmp(
          t('대학 재학', 'enrolled at a university'),
          fact('student', 'level'),
          '==',
          lit('university', t('대학', 'university')),
        ),
        judgement(
          t(
            '다음 학기 입·복학 예정 또는 고등학교 졸업·중퇴 후 2년 이내',
            'entering or returning next term, or within 2 years of leaving high school',
          ),
          t(
            '입학·복학 예정 증빙 또는 고등학교 졸업·중퇴일',
            'proof of (re-)admission or the date of leaving high school',
          ),
        ),
      ),
      unmarried,
      ownsNoHome,
      incomeAndCar(
        '본인·부모 합계소득 도시근로자 월평균소득 120%(1인)·110%(2인)·100%(3인 이상) 이하, 본인 총자산 1억원 이하, 자동차 미소유',
        'own and parents’ income at most 120% (1 person), 110% (2) or 100% (3+) of urban worker income; own assets at most 100M; no car',
      ),
    ),
    all(
      t('청년 계층', 'young adults'),
      any(
        t(
          '19~39세, 소득업무 5년 이내, 퇴직 후 1년 이내 구직급여 수급자격자 또는 예술인',
          'aged 19–39, within 5 years of paid work, within a year of leaving a job with unemployment-benefit rights, or an artist',
        ),
        all(
          t('만 19~39세', 'aged 19 to 39'),
          cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('happyHousing.youthMinAge')),
          cmp(
            t('만 39세 이하', 'aged 39 or under'),
            v('person.age'),
            '<=',
            param('happyHousing.youthMaxAge'),
          ),
        ),
        judgement(
          t(
            '소득이 있는 업무 5년 이내, 퇴직 후 1년 이내 구직급여 수급자격자 또는 예술인',
            'within 5 years of paid work, within a year of leaving a job with unemployment-benefit rights, or an artist',
          ),
          t(
            '소득 업무 종사기간, 퇴직일과 구직급여 수급자격, 예술활동증명',
            'years of paid work, leaving date and benefit rights, artist certificate',
          ),
        ),
      ),
      unmarried,
      ownsNoHome,
      any(
        t(
          '총자산 2억 7,300만원 이하 (세대; 세대원이면 본인)',
          'total assets at most 273M (household; own if not the head)',
        ),
        all(
          t('세대주: 세대 총자산 기준 이하', 'head: household assets within the limit'),
          isHead,
          assetsAtMost(
            'happyHousing.youthAssetLimit',
            '세대 총자산 (자산 − 부채) 2억 7,300만원 이하',
            'household net assets at most 273,000,000',
          ),
        ),
        all(
          t('세대원: 본인 총자산 확인', 'member: own assets to check'),
          cmp(
            t('세대주가 아닌 세대원', 'member who is not the head'),
            v('person.relation'),
            '!=',
            lit('head', t('세대주', 'head')),
          ),
          judgement(
            t('본인 총자산 2억 7,300만원 이하', 'own assets at most 273,000,000'),
            t('본인 명의 자산', 'assets in the applicant’s name'),
          ),
        ),
      ),
      incomeAndCar(
        '세대소득(세대원이면 본인소득) 도시근로자 월평균소득 120%(1인)·110%(2인)·100%(3인 이상) 이하, 자동차 3,708만원 이하',
        'household income (own if not the head) at most 120% (1), 110% (2) or 100% (3+) of urban worker income; car at most 37.08M',
      ),
    ),
    all(
      t('(예비)신혼부부·한부모가족 계층', '(prospective) newlyweds and single-parent families'),
      homeless,
      any(
        t(
          '신혼부부, 예비 신혼부부 또는 한부모가족',
          'newlyweds, prospective newlyweds or a single-parent family',
        ),
        all(
          t(
            '신혼부부: 혼인기간 7년 이내 또는 6세 이하 자녀',
            'newlyweds: married within 7 years or a child aged 6 or under',
          ),
          cmp(t('배우자 있음', 'has a spouse'), v('person.hasSpouse'), '==', lit(true)),
          any(
            t('6세 이하 자녀 또는 혼인 7년 이내', 'a child aged 6 or under, or married within 7 years'),
            childAtMost6,
            judgement(
              t('혼인기간 7년 이내', 'married within 7 years'),
              t('혼인신고일 (가족관계증명)', 'date of marriage (family relations certificate)'),
            ),
          ),
        ),
        judgement(
          t(
            '예비 신혼부부: 혼인 계획, 구성될 세대 모두 무주택',
            'prospective newlyweds: planning to marry, everyone in the future household homeless',
          ),
          t(
            '혼인 예정 증빙, 예비 배우자의 주택 소유',
            'proof of the planned marriage, the future spouse’s home ownership',
          ),
        ),
        all(
          t(
            '한부모가족: 6세 이하(태아 포함) 자녀',
            'single-parent family with a child aged 6 or under (or unborn)',
          ),
          cmp(t('한부모가족', 'single-parent family'), fact('singleParentFamily'), '==', lit(true)),
          any(
            t('6세 이하 자녀 또는 임신 중', 'a child aged 6 or under, or pregnant'),
            childAtMost6,
            cmp(t('임신 (태아)', 'pregnant (unborn child)'), fact('pregnancy'), '==', lit(true)),
          ),
        ),
      ),
      assetsAtMost(
        'happyHousing.householdAssetLimit',
        '세대 총자산 (자산 − 부채) 3억 4,500만원 이하',
        'household net assets at most 345,000,000',
      ),
      incomeAndCar(
        '세대소득 도시근로자 월평균소득 130%(맞벌이 2인)·120%(1인·맞벌이 3인 이상)·110%(2인)·100%(3인 이상) 이하, 자동차 3,708만원 이하',
        'household income at most 130% (dual-earner couple), 120% (1 person or dual earners 3+), 110% (2) or 100% (3+) of urban worker income; car at most 37.08M',
      ),
    ),
    all(
      t('고령자 계층', 'seniors'),
      homeless,
      cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('happyHousing.seniorMinAge')),
      assetsAtMost(
        'happyHousing.householdAssetLimit',
        '세대 총자산 (자산 − 부채) 3억 4,500만원 이하',
        'household net assets at most 345,000,000',
      ),
      incomeAndCar(
        '세대소득 도시근로자 월평균소득 120%(1인)·110%(2인)·100%(3인 이상) 이하, 자동차 3,708만원 이하',
        'household income at most 120% (1), 110% (2) or 100% (3+) of urban worker income; car at most 37.08M',
      ),
    ),
    all(
      t(
        '산업단지 근로자·창업인·지역전략산업 종사자·중소기업 근무자 계층',
        'industrial-park workers, founders, strategic-industry and SME workers',
      ),
      homeless,
      judgement(
        t(
          '인근 산업단지 입주기업 재직(1년 이상 근무 예정 포함), 지자체장 인정 창업인·예비창업인·지역전략산업 종사자(19~39세) 또는 중소기업 근무 청년·신혼부부·한부모가족·장기근속자(5년 이상)',
          'works (or will for a year) at a nearby industrial park, a founder or strategic-industry worker recognised by the local government (19–39), or an SME worker who is young, newly married, a single parent or long-serving (5+ years)',
        ),
        t(
          '재직 기업·근무기간, 지방자치단체장의 인정',
          'employer and years of service, the local government’s recognition',
        ),
      ),
      assetsAtMost(
        'happyHousing.householdAssetLimit',
        '세대 총자산 (자산 − 부채) 3억 4,500만원 이하',
        'household net assets at most 345,000,000',
      ),
      incomeAndCar(
        '세대소득 도시근로자 월평균소득 130%(맞벌이 2인)·120%(1인·맞벌이 3인 이상)·110%(2인)·100%(3인 이상) 이하, 자동차 3,708만원 이하',
        'household income at most 130% (dual-earner couple), 120% (1 person or dual earners 3+), 110% (2) or 100% (3+) of urban worker income; car at most 37.08M',
      ),
    ),
  ),
  benefit: {
    description: t(
      '전용면적 60㎡ 이하 공공임대주택, 1세대 1주택 (1인 1주택 또는 2인 1주택). 임대료는 인근 시세의 대학생·소득 없는 청년 68%, 소득 있는 청년·창업·지역전략산업 72%, (예비)신혼부부·한부모·산업단지근로자·중소기업 장기근속자 80%, 고령자 76%, 주거급여수급자 60%. 최대 거주기간 대학생·청년 10년, 신혼부부·한부모 등 10년 (자녀 있으면 14년), 주거급여수급자·고령자 20년, 산업단지 근로자 10년 (예비입주자가 없으면 2년씩 연장)',
      'Public rental flats of up to 60 m², one per household (or per one or two persons). Rent as a share of the local market rent: students and youths without income 68%, youths with income and founders 72%, newlyweds, single parents, industrial and SME workers 80%, seniors 76%, housing benefit recipients 60%. Longest stay: students and youths 10 years, newlyweds and single parents 10 (14 with a child), housing benefit recipients and seniors 20, industrial-park workers 10 (extendable by 2 years when no one is waiting)',
    ),
  },
  form: {
    schema: z.object({
      group: z
        .enum([
          'student',
          'youth',
          'newlywed',
          'prospectiveNewlywed',
          'singleParent',
          'senior',
          'housingBenefit',
          'industrialWorker',
          'startupOrStrategicIndustry',
          'smeLongService',
        ])
        .meta({ label: t('신청 계층', 'applicant group') }),
      complexName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('신청 단지', 'housing complex applied for') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의 (세대원 포함)',
          'consent to the collection and use of personal data (incl. household members)',
        ),
      }),
    }),
    evidence: [
      { id: 'application', label: t('행복주택 입주 신청서', 'Happy Housing application'), required: true },
      {
        id: 'groupProof',
        label: t(
          '계층 증빙 (재학·재직·혼인·한부모가족 증명 등)',
          'proof of the group (enrolment, employment, marriage, single-parent certificate)',
        ),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: [HOUSING_BENEFIT],
  parameters,
  cases,
});
