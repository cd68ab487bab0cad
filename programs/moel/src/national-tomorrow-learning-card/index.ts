import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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

const catalogue: Source = {
  title:
    '복지로 국민내일배움카드제 직업훈련지원(훈련비, 훈련장려금) (WLF00006229), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006229&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국민내일배움카드제」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'learningCard.maxAge',
    label: t('제외 연령 (만 나이 이상)', 'excluded from age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 75 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.largeFirmAge',
    label: t('대규모기업 근로자 제외 연령 (만 나이 미만)', 'large-firm exclusion applies under age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 45 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.largeFirmWage',
    label: t('대규모기업 근로자 제외 월 임금 (이상)', 'large-firm exclusion monthly wage (from)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.selfEmployedSales',
    label: t('자영업자 제외 연매출 (이상)', 'self-employed exclusion annual sales (from)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 400_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.specialWorkerIncome',
    label: t('특수형태근로종사자 제외 월소득 (이상)', 'special-type worker exclusion monthly income (from)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.accountMin',
    label: t('훈련비 지원 한도 (5년간, 최소)', 'training account (5 years, minimum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.accountMax',
    label: t('훈련비 지원 한도 (5년간, 최대)', 'training account (5 years, maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.trainingIncentive',
    label: t('훈련장려금 (월 최대)', 'training incentive (monthly maximum)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 116_000 }, sources: [booklet0] }],
  },
  {
    id: 'learningCard.trainingIncentiveKeyIndustry',
    label: t(
      '훈련장려금: 국기훈련·일반고 특화훈련 (월 최대)',
      'training incentive for key-industry and general-high-school courses (monthly maximum)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006229',
  version: '2026.1',
  name: t(
    '국민내일배움카드제 직업훈련지원(훈련비, 훈련장려금)',
    'National Tomorrow Learning Card (vocational training vouchers)',
  ),
  ministry: '고용노동부',
  bureau: '인적자원개발과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'voucher',
  cycle: 'asNeeded',
  summary: t(
    '급격한 기술발전에 적응하고 노동시장 변화에 대응하는 사회안전망 차원에서 생애에 걸친 역량개발 향상 등을 위해 국민 스스로 직업능력개발훈련을 실시할 수 있도록 훈련비 등을 지원합니다.',
    'Pays training costs so that people can take vocational training themselves throughout their lives, as a safety net for rapid technological change and labour-market shifts.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 75세 미만', 'under 75'), v('person.age'), '<', param('learningCard.maxAge')),
    any(
      t('대학 재학생 제외 요건', 'university-student exclusion'),
      cmp(
        t('대학 재학생이 아님', 'not a university student'),
        fact('student', 'level'),
        '!=',
        lit('university'),
      ),
      judgement(
        t(
          '졸업까지 남은 수업연한이 2년 이하인 대학 재학생',
          'a university student with at most 2 years left to graduation',
        ),
        t('졸업까지 남은 수업연한 (학교 확인)', 'years left to graduation (university)'),
      ),
    ),
    any(
      t(
        '대규모기업 고임금 근로자 제외 요건 (만 45세 미만, 월 임금 300만 원 이상)',
        'exclusion of high-paid workers under 45 at large firms (monthly wage of 3,000,000 or more)',
      ),
      cmp(t('만 45세 이상', 'aged 45 or over'), v('person.age'), '>=', param('learningCard.largeFirmAge')),
      cmp(
        t('월 임금 300만 원 미만', 'monthly wage under 3,000,000'),
        v('person.earnedIncome'),
        '<',
        param('learningCard.largeFirmWage'),
      ),
      judgement(
        t('대규모기업 근로자가 아님', 'not employed by a large firm'),
        t('사업장 규모 (고용보험)', 'employer size (employment insurance)'),
      ),
    ),
    judgement(
      t(
        '공무원·사립학교 교직원, 연매출 4억 원 이상 자영업자, 월소득 500만 원 이상 특수형태근로종사자가 아님',
        'not a civil servant or private-school staff, a self-employed person with annual sales of 400 million or more, or a special-type worker earning 5,000,000 a month or more',
      ),
      t('직역·매출·소득 확인 (고용24)', 'occupation, sales and income (Work24)'),
    ),
  ),
  benefit: {
    description: t(
      '계좌 발급일로부터 5년간 300만~500만 원 내 훈련비(훈련비의 45~85%, 특화훈련 전액 등) 지원, 140시간 이상 과정에 출석률 80% 이상인 실업자 등에게 훈련장려금 월 최대 11만 6,000원 (국기훈련·일반고 특화훈련 20만 원)',
      'Training costs of 3,000,000–5,000,000 over 5 years from account opening (45–85% of fees; some special courses in full), and for unemployed trainees in 140+ hour courses with 80%+ attendance a training incentive of up to 116,000 a month (200,000 for key-industry and general-high-school courses)',
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
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
