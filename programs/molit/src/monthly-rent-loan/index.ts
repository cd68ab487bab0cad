import {
  all,
  annualOf,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  noMember,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 주거안정 월세대출 (WLF00001063) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001063&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const EITC = 'WLF00001148';
const HOUSING_BENEFIT = 'WLF00003201';

const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: number,
  note?: string,
): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit,
  versions: [
    { from: '2026-01-01', value: { type: 'scalar', value }, sources: [bokjiro], ...(note ? { note } : {}) },
  ],
});

const parameters: ParameterDefinition[] = [
  p2026(
    'monthlyRentLoan.netAssetLimit',
    '부부합산 순자산 기준 (이하)',
    'couple’s net assets (at most)',
    'krw',
    345_000_000,
  ),
  p2026(
    'monthlyRentLoan.generalIncomeLimit',
    '일반형 부부합산 연소득 기준 (이하)',
    'general type: couple’s annual income (at most)',
    'krw/year',
    50_000_000,
  ),
  p2026(
    'monthlyRentLoan.depositLimit',
    '임차보증금 기준 (이하)',
    'rental deposit (at most)',
    'krw',
    100_000_000,
  ),
  p2026('monthlyRentLoan.rentLimit', '월세 기준 (이하)', 'monthly rent (at most)', 'krw/month', 600_000),
  p2026(
    'monthlyRentLoan.areaLimit',
    '임차 전용면적 기준 (㎡, 이하)',
    'floor area of the rented home (m², at most)',
    'count',
    85,
    '주거용 오피스텔 포함',
  ),
  p2026(
    'monthlyRentLoan.ruralAreaLimit',
    '수도권 외 도시지역이 아닌 읍·면 지역 임차 전용면적 기준 (㎡, 이하)',
    'floor area in non-urban towns and townships outside the capital region (m², at most)',
    'count',
    100,
  ),
  p2026(
    'monthlyRentLoan.maxLoan',
    '호당 대출한도 (최대)',
    'loan limit per home (maximum)',
    'krw',
    14_400_000,
    '담보별(한국주택금융공사 월세자금보증) 한도와 비교해 작은 금액. 주거급여 수급자는 주거급여 수급액만큼 제외',
  ),
  p2026('monthlyRentLoan.monthlyLoan', '매월 대출 한도', 'monthly loan limit', 'krw/month', 600_000),
  p2026(
    'monthlyRentLoan.preferentialRate',
    '우대형 대출금리 (연)',
    'preferential type interest rate (annual)',
    'ratio',
    0.013,
  ),
  p2026(
    'monthlyRentLoan.generalRate',
    '일반형 대출금리 (연)',
    'general type interest rate (annual)',
    'ratio',
    0.018,
  ),
  p2026('monthlyRentLoan.termYears', '이용기간 (1회)', 'term (each)', 'years', 2, '4회 연장하여 최장 10년'),
  p2026('monthlyRentLoan.maxTermYears', '최장 이용기간', 'longest total term', 'years', 10),
];

export default defineProgram({
  id: 'WLF00001063',
  version: '2026.1',
  name: t('주거안정 월세대출', 'Monthly Rent Loan for Housing Stability'),
  ministry: '국토교통부',
  bureau: '주택기금과',
  legalBasis: [t('주택도시기금법', 'Housing and Urban Fund Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'monthly',
  summary: t(
    '부부합산 순자산 3.45억원 이하 무주택 세대주 중 우대형(근로·자녀장려금·주거급여 수급자, 취업준비생, 사회초년생, 희망키움통장 가입자) 또는 부부합산 연소득 5천만원 이하(일반형)인 사람에게 보증금 1억원·월세 60만원 이하, 전용 85㎡ 이하 주택의 월세자금을 매월 60만원, 최대 1,440만원까지 빌려줍니다.',
    'Homeless heads of household with couple’s net assets up to 345M, of the preferential type (EITC/child credit or housing benefit recipients, job-seekers, new workers, 희망키움통장 holders) or with couple’s income up to 50M (general type), can borrow up to 600,000 a month (14.4M in total) for the rent of a home of at most 85 m² with a deposit up to 100M and rent up to 600,000.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('세대주', 'head of household'),
      v('person.relation'),
      '==',
      lit('head', t('세대주', 'head of household')),
    ),
    noMember(
      t('무주택 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
      cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
    ),
    cmp(
      t('부부합산 순자산 3.45억원 이하', 'couple’s net assets at most 345,000,000'),
      v('household.coupleNetAssets'),
      '<=',
      param('monthlyRentLoan.netAssetLimit'),
    ),
    cmp(t('월세 임차 (월세가 있음)', 'renting with a monthly rent'), v('household.monthlyRent'), '>', lit(0)),
    cmp(
      t('임차보증금 1억원 이하', 'deposit at most 100,000,000'),
      v('household.deposit'),
      '<=',
      param('monthlyRentLoan.depositLimit'),
    ),
    cmp(
      t('월세 60만원 이하', 'monthly rent at most 600,000'),
      v('household.monthlyRent'),
      '<=',
      param('monthlyRentLoan.rentLimit'),
    ),
    any(
      t(
        '임차 전용면적 85㎡ (수도권 외 도시지역이 아닌 읍·면 100㎡) 이하',
        'rented floor area at most 85 m² (100 m² in non-urban towns and townships outside the capital region)',
      ),
      cmp(
        t(
          '전용면적 85㎡ 이하 (주거용 오피스텔 포함)',
          'floor area at most 85 m² (incl. residential officetels)',
        ),
        fact('homeFloorArea', 'm2'),
        '<=',
        param('monthlyRentLoan.areaLimit'),
      ),
      all(
        t('읍·면 지역 100㎡ 이하', 'at most 100 m² in a town or township'),
        cmp(
          t('전용면적 100㎡ 이하', 'floor area at most 100 m²'),
          fact('homeFloorArea', 'm2'),
          '<=',
          param('monthlyRentLoan.ruralAreaLimit'),
        ),
        judgement(
          t(
            '수도권을 제외한 도시지역이 아닌 읍·면 지역의 주택 (주거용 오피스텔 제외)',
            'a home (not an officetel) in a non-urban town or township outside the capital region',
          ),
          t(
            '주택 소재지의 용도지역 (도시지역 여부)과 주택 유형',
            'the zoning of the home’s location (urban or not) and the type of home',
          ),
        ),
      ),
    ),
    any(
      t('우대형 또는 일반형', 'preferential or general type'),
      cmp(
        t('근로장려금·자녀장려금 수급자 (우대형)', 'EITC or child tax credit recipient (preferential)'),
        receives(EITC, t('근로·자녀장려금 수급', 'receives the EITC or child tax credit')),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급자 (우대형)', 'housing benefit recipient (preferential)'),
        receives(HOUSING_BENEFIT, t('주거급여 수급', 'receives the housing benefit')),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '취업준비생·사회초년생·희망키움통장 가입자 (우대형)',
          'job-seeker, new worker or 희망키움통장 holder (preferential)',
        ),
        t(
          '취업준비생·사회초년생·희망키움통장 가입자 해당 여부 (기준은 복지로 기록에 없음, 주택도시기금 기준)',
          'whether the applicant is a job-seeker, new worker or 희망키움통장 holder (definitions not in the record; Housing and Urban Fund rules)',
        ),
      ),
      cmp(
        t('부부합산 연소득 5천만원 이하 (일반형)', 'couple’s annual income at most 50,000,000 (general)'),
        annualOf(
          t('부부합산 연소득 (월 × 12)', 'couple’s annual income (monthly × 12)'),
          v('household.coupleIncome'),
        ),
        '<=',
        param('monthlyRentLoan.generalIncomeLimit'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월세자금 대출: 호당 최대 1,440만원 (매월 60만원 이내)과 한국주택금융공사 월세자금보증 한도 중 작은 금액 (보증 한도는 기록에 없어 대출액은 산정하지 않음). 주거급여 수급자는 대출한도에서 주거급여 수급액만큼 제외. 금리 우대형 연 1.3%, 일반형 연 1.8% (자산심사 부적격자는 가산금리). 이용기간 2년, 4회 연장해 최장 10년. 만기일시상환',
      'Rent loan: the smaller of 14.4M per home (at most 600,000 a month) and the Korea Housing Finance Corporation rent guarantee limit (not in the record, so no amount is computed). Housing benefit recipients’ limit is reduced by their housing benefit. Interest 1.3% (preferential) or 1.8% (general) a year, with a surcharge for failing the asset review. 2-year term, extendable 4 times up to 10 years. Repaid at maturity',
    ),
  },
  form: {
    schema: z.object({
      loanType: z
        .enum(['preferential', 'general'])
        .meta({ label: t('신청 유형 (우대형·일반형)', 'type applied for (preferential or general)') }),
      preferentialGround: z
        .enum(['none', 'jobSeeker', 'earlyCareer', 'hopeSavings', 'eitc', 'childCredit', 'housingBenefit'])
        .meta({ label: t('우대형 해당 사유', 'preferential ground') }),
      floorAreaM2: z
        .number()
        .min(0)
        .max(10_000)
        .meta({ label: t('임차 주택 전용면적 (㎡)', 'floor area of the rented home (m²)') }),
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
      {
        id: 'preferentialProof',
        label: t('우대형 자격 증빙 (해당 시)', 'proof of the preferential ground (if any)'),
        required: false,
      },
    ],
  },
  exclusions: [
    {
      programId: HOUSING_BENEFIT,
      kind: 'reduces',
      reason: t(
        '주거급여 수급자는 대출한도에서 주거급여 수급액만큼 제외',
        'housing benefit recipients’ loan limit is reduced by their housing benefit',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: [EITC, HOUSING_BENEFIT],
  parameters,
  cases,
});
