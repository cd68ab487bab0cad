import {
  all,
  annualOf,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
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
  title: '복지로 청년미래적금 (WLF00006266) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006266&wlfareInfoReldBztpCd=01',
  status: 'official',
};

/** The record: "2026년 6월 예정" — the product starts in June 2026. */
const FROM = '2026-06-01';
const p = (
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
  versions: [{ from: FROM, value: { type: 'scalar', value }, sources: [bokjiro], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  p('youthFutureSavings.minAge', '가입 연령 하한 (만, 이상)', 'minimum age', 'years', 19),
  p('youthFutureSavings.maxAge', '가입 연령 상한 (만, 이하)', 'maximum age', 'years', 34),
  p(
    'youthFutureSavings.militaryExtraYears',
    '병역이행기간 추가 인정 (최대)',
    'military service added to the age limit (at most)',
    'years',
    6,
  ),
  p(
    'youthFutureSavings.personalIncomeLimit',
    '일반형 개인소득 기준 (연, 이하)',
    'general type: personal income (annual, at most)',
    'krw/year',
    75_000_000,
  ),
  p(
    'youthFutureSavings.smallBusinessRevenueLimit',
    '일반형 소상공인 연매출 기준 (이하)',
    'general type: small-business annual revenue (at most)',
    'krw/year',
    300_000_000,
  ),
  p(
    'youthFutureSavings.householdIncomeShare',
    '일반형 가구소득 기준 (기준 중위소득 대비, 이하)',
    'general type: household income (share of the median, at most)',
    'ratio',
    2,
  ),
  p(
    'youthFutureSavings.preferredPersonalIncomeLimit',
    '우대형 개인소득 기준 (연, 이하, 중소기업 재직자)',
    'preferred type: personal income of an SME employee (annual, at most)',
    'krw/year',
    36_000_000,
  ),
  p(
    'youthFutureSavings.preferredRevenueLimit',
    '우대형 영세 소상공인 연매출 기준 (이하)',
    'preferred type: micro-business annual revenue (at most)',
    'krw/year',
    100_000_000,
  ),
  p(
    'youthFutureSavings.preferredHouseholdIncomeShare',
    '우대형 가구소득 기준 (기준 중위소득 대비, 이하)',
    'preferred type: household income (share of the median, at most)',
    'ratio',
    1.5,
  ),
  p(
    'youthFutureSavings.financialIncomeLimit',
    '금융소득종합과세 기준 (이자·배당소득, 초과)',
    'comprehensive financial-income taxation (interest and dividends, above)',
    'krw/year',
    20_000_000,
    '직전 3개 과세기간 중 1회 이상 해당하면 가입 불가',
  ),
  p(
    'youthFutureSavings.monthlyCap',
    '월 납입 한도',
    'monthly deposit cap',
    'krw/month',
    500_000,
    '복지로 기록 개요 (wlfareInfoOutlCn)',
  ),
  p('youthFutureSavings.termYears', '만기', 'term', 'years', 3, '복지로 기록 개요 (wlfareInfoOutlCn)'),
];

const annual = (ko: string, en: string, monthly: Operand) =>
  annualOf(t(`${ko} (월 × 12)`, `${en} (monthly × 12)`), monthly);

export default defineProgram({
  id: 'WLF00006266',
  version: '2026.1',
  name: t('청년미래적금', 'Youth Future Savings'),
  ministry: '금융위원회',
  bureau: '청년정책과',
  legalBasis: [t('조세특례제한법', 'Restriction of Special Taxation Act')],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '만 19~34세(병역이행기간 최대 6년 추가) 청년 중 개인소득 7,500만원 이하(또는 연매출 3억원 이하 소상공인)이고 가구소득이 기준 중위소득 200% 이하이며 최근 3년 금융소득종합과세 대상이 아닌 사람이 만기 3년, 월 50만원 한도로 납입하면 정부기여금과 이자소득 비과세를 지원합니다 (2026년 6월 예정).',
    'Young people aged 19–34 (plus up to 6 years of military service) with personal income up to 75M (or small-business revenue up to 300M), household income up to 200% of the median and no comprehensive financial-income taxation in the last 3 tax years can save up to 500,000 a month for 3 years with a government contribution and tax-free interest (from June 2026).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('youthFutureSavings.minAge')),
    any(
      t(
        '만 34세 이하 (병역이행기간 최대 6년 추가 인정)',
        'aged 34 or under (plus up to 6 years of military service)',
      ),
      cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('youthFutureSavings.maxAge')),
      all(
        t('병역이행기간만큼 연장 (최대 만 40세)', 'extended by military service (to 40 at most)'),
        cmp(t('만 40세 이하', 'aged 40 or under'), v('person.age'), '<=', {
          calc: 'add',
          args: [param('youthFutureSavings.maxAge'), param('youthFutureSavings.militaryExtraYears')],
          label: t('34세 + 병역이행기간 최대 6년', '34 + up to 6 years of service'),
        }),
        cmp(t('병역 이행 기록', 'military service on record'), fact('military'), '==', lit(true)),
        judgement(
          t('만 34세 초과분이 병역이행기간 이내', 'the years over 34 are within the military service served'),
          t('병역이행기간 (병적증명서)', 'length of military service (service record)'),
        ),
      ),
    ),
    any(
      t(
        '가입요건 소득이 있음 (비과세소득만 있으면 제외, 육아휴직급여·군장병급여는 포함)',
        'has qualifying income (tax-free income only does not count, except parental-leave or soldiers’ pay)',
      ),
      cmp(
        t('근로·사업소득이 있음', 'has earned or business income'),
        v('person.earnedAndBusinessIncome'),
        '>',
        lit(0),
      ),
      all(
        t('육아휴직급여·군장병급여만 있음', 'only parental-leave benefit or soldiers’ pay'),
        cmp(t('다른 소득이 있음', 'has other income'), v('person.monthlyIncome'), '>', lit(0)),
        judgement(
          t(
            '소득이 육아휴직급여(수당) 또는 군장병급여',
            'the income is parental-leave benefit or soldiers’ pay',
          ),
          t('소득의 종류 (국세청 소득확인증명서)', 'kind of income (NTS income certificate)'),
        ),
      ),
    ),
    any(
      t(
        '개인소득 7,500만원 이하 또는 연매출 3억원 이하 소상공인',
        'personal income ≤ 75M, or a small business with revenue ≤ 300M',
      ),
      cmp(
        t('개인소득 연 7,500만원 이하', 'personal income at most 75,000,000 a year'),
        annual('본인 연소득', 'own annual income', v('person.monthlyIncome')),
        '<=',
        param('youthFutureSavings.personalIncomeLimit'),
      ),
      all(
        t('연매출 3억원 이하 소상공인', 'small business with revenue at most 300M'),
        cmp(t('사업자 등록 (소상공인)', 'registered business'), fact('smallBusiness'), '==', lit(true)),
        judgement(
          t('연매출 3억원 이하', 'annual revenue at most 300,000,000'),
          t('사업장 연매출 (국세청)', 'annual revenue of the business (NTS)'),
        ),
      ),
    ),
    cmp(
      t('가구소득 기준 중위소득 200% 이하', 'household income at most 200% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 200%', 'median income × 200%'),
        param('median.income', { by: 'household.size' }),
        param('youthFutureSavings.householdIncomeShare'),
      ),
    ),
    judgement(
      t(
        '직전 3개 과세기간 중 금융소득종합과세 대상(이자·배당소득 2천만원 초과)이 아님',
        'not subject to comprehensive financial-income taxation (interest and dividends over 20M) in any of the last 3 tax years',
      ),
      t(
        '직전 3개 과세기간 이자·배당소득 (국세청 소득확인증명서)',
        'interest and dividends of the last 3 tax years (NTS income certificate)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '만기 3년, 매월 50만원 한도 자유 납입 적금. 은행이자에 더해 납입액의 일정비율로 정부기여금 지원, 이자소득 비과세. 우대형 (개인소득 3,600만원 이하 중소기업 재직자 또는 연매출 1억원 이하 영세 소상공인, 가구 중위소득 150% 이하; 일반형 요건을 충족하는 중소기업 취업자 포함)과 일반형의 기여금 비율은 기록에 없어 금액은 산정하지 않음',
      'A 3-year savings account with free deposits up to 500,000 a month; on top of bank interest, a government contribution of a share of the deposits and tax-free interest. The contribution rates of the preferred type (SME employees with personal income ≤ 36M or micro businesses with revenue ≤ 100M, household ≤ 150% of the median; SME employees meeting the general test count as preferred) and the general type are not in the record, so no amount is computed',
    ),
  },
  form: {
    schema: z.object({
      accountType: z
        .enum(['general', 'preferred'])
        .meta({ label: t('가입 유형 (일반형·우대형)', 'type (general or preferred)') }),
      smeEmployee: z.boolean().meta({ label: t('중소기업 재직', 'works at an SME') }),
      monthlyDepositKrw: z
        .number()
        .int()
        .min(0)
        .max(500_000)
        .meta({ label: t('월 납입 예정액', 'planned monthly deposit') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인(신용)정보 수집·이용 및 제공 동의',
          'consent to the collection and use of personal (credit) data',
        ),
      }),
    }),
    evidence: [
      { id: 'application', label: t('적금 가입 신청서', 'savings account application'), required: true },
      {
        id: 'incomeCertificate',
        label: t('국세청 소득확인증명서', 'NTS income certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: FROM },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
