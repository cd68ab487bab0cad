import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
  not,
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

const catalogue: Source = {
  title: '복지로 평생교육이용권 지원 (WLF00003240), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003240&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「평생교육바우처」', status: 'official' };

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'lifelongLearningVoucher.minAge',
    label: { ko: '평생교육바우처 연령 (만 나이, 이상)', en: 'minimum age (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'lifelongLearningVoucher.incomeShare',
    label: { ko: '소득 기준 (기준 중위소득 대비)', en: 'income limit (share of the median)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.65 }, sources: [booklet] }],
  },
  {
    id: 'lifelongLearningVoucher.singleIncomeShare',
    label: {
      ko: '1인 가구 소득 기준 (기준 중위소득 대비)',
      en: 'income limit for one-person households (share of the median)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [booklet] }],
  },
  {
    id: 'lifelongLearningVoucher.annualAmount',
    label: { ko: '바우처 (1인당 연간)', en: 'voucher (per person per year)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 350000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003240',
  version: '2026.1',
  name: t('평생교육이용권 지원', 'Lifelong Learning Voucher'),
  ministry: '교육부',
  bureau: '평생학습정책과',
  legalBasis: [t('평생교육법', 'Lifelong Education Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '사회적 취약계층(저소득층, 장애인)을 대상으로 바우처를 제공하여 실질적인 평생교육 기회를 제공합니다.',
    'Gives vulnerable groups (low-income people, people with disabilities) vouchers for real lifelong-learning opportunities.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('lifelongLearningVoucher.minAge')),
    any(
      t(
        '기초생활수급자·차상위계층 또는 기준 중위소득 65% 이하 가구 (1인 가구 120%)',
        'NBLSS recipient, near-poor, or household at most 65% of the median (120% for one person)',
      ),
      nblssAny(),
      nearPoorMember(),
      cmp(
        t('가구 소득이 기준 중위소득 65% 이하', 'household income at most 65% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 65%', 'median income × 65%'),
          param('median.income', { by: 'household.size' }),
          param('lifelongLearningVoucher.incomeShare'),
        ),
      ),
      all(
        t('1인 가구: 기준 중위소득 120% 이하', 'one-person household: at most 120% of the median'),
        cmp(t('1인 가구', 'one-person household'), v('household.size'), '==', lit(1, t('1인', 'one person'))),
        cmp(
          t('가구 소득이 기준 중위소득 120% 이하', 'household income at most 120% of the median'),
          v('household.monthlyIncome'),
          '<=',
          mul(
            t('기준 중위소득 × 120%', 'median income × 120%'),
            param('median.income', { by: 'household.size' }),
            param('lifelongLearningVoucher.singleIncomeShare'),
          ),
        ),
      ),
    ),
    not(
      t('국가장학금 수혜자 아님 (중복수혜 불가)', 'not receiving a national scholarship (no double support)'),
      cmp(
        t('국가장학금 수혜', 'national scholarship recipient'),
        receives('WLF00003197', t('국가장학금 수혜', 'national scholarship recipient'), 'person'),
        '==',
        lit(true),
      ),
    ),
  ),
  benefit: {
    description: t(
      '1인당 연간 350,000원 사용 가능한 바우처 카드 (평생교육 강좌 수강료·교재비; 2024년 57,000명 내외)',
      'A voucher card worth 350,000 a year per person for lifelong-learning course fees and materials (about 57,000 people in 2024)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003197', 'WLF00003201'],
  parameters: parameters,
  cases,
});
