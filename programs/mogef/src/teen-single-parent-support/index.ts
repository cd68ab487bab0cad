import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 청소년한부모 아동양육 및 자립지원 (WLF00001109), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001109&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년한부모 자립 지원」',
  status: 'official',
};
const ref2026: Source = {
  title: '복지로 청소년한부모 아동양육 및 자립지원 (WLF00001109), 2026 (korea-welfare-rules.md §2.7)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001109&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'teenSingleParent.maxAge',
    label: t('청소년한부모 연령 (만 나이, 이하)', 'teen single parent age (full years, inclusive)'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 24 }, sources: [ref2026] },
    ],
  },
  {
    id: 'teenSingleParent.incomeShare',
    label: t('소득인정액 기준 (기준 중위소득 대비)', 'income-recognized limit (share of the median)'),
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 0.65 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 0.65 }, sources: [ref2026] },
    ],
  },
  {
    id: 'teenSingleParent.childAmount',
    label: t('아동양육비 (2세 이상 자녀 1인당)', 'child-rearing support per child aged 2 or over'),
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 350000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 370000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'teenSingleParent.infantAmount',
    label: t('아동양육비 (0~1세 자녀 1인당)', 'child-rearing support per child aged 0–1'),
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 400000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 400000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'teenSingleParent.infantMaxAge',
    label: t('영아 가산 연령 (만 나이, 이하)', 'age for the infant rate (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'teenSingleParent.selfRelianceAllowance',
    label: t('자립지원 촉진수당', 'self-reliance allowance'),
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 100000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'teenSingleParent.examStudyMax',
    label: t('검정고시 학습비 한도 (가구별)', 'exam study cost cap (per household)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1540000 }, sources: [booklet] }],
  },
  {
    id: 'teenSingleParent.examStudyMaxYears',
    label: t('검정고시 학습비 지원 기간', 'years of exam study support'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'teenSingleParent.schoolSupplies',
    label: t('학용품비', 'school supplies'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 93000 }, sources: [booklet] }],
  },
  {
    id: 'teenSingleParent.certificateIncomeShare',
    label: t(
      '한부모가족증명서 발급 소득기준 (기준 중위소득 대비)',
      'income limit for the single-parent certificate (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.72 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001109',
  version: '2026.1',
  name: t(
    '청소년한부모 아동양육 및 자립지원',
    'Child-rearing and self-reliance support for teen single parents',
  ),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: ['singleParent'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득인정액이 기준 중위소득 65% 이하이고 아동을 양육하는 만 24세 이하 청소년 한부모에게 아동양육비(자녀 1인당 월 35만원, 0~1세 40만원; 2026년 37만원·40만원), 검정고시 학습비, 자립지원 촉진수당(월 10만원)을 지원합니다.',
    'Single parents aged 24 or under raising children, with an income-recognized amount at most 65% of the median, get child-rearing support (350,000 a month per child, 400,000 for children aged 0–1; 370,000 and 400,000 in 2026), exam study costs and a self-reliance allowance (100,000 a month).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('teenSingleParent.maxAge')),
    cmp(
      t('한부모가족 (청소년 한부모)', 'single-parent family (teen single parent)'),
      fact('singleParentFamily'),
      '==',
      lit(true),
    ),
    cmp(t('양육하는 자녀가 있음', 'raising a child'), v('person.childrenInHousehold'), '>', lit(0)),
    cmp(
      t(
        '가구 소득인정액이 기준 중위소득 65% 이하',
        'household income-recognized amount at most 65% of the median',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 65%', 'median income × 65%'),
        param('median.income', { by: 'household.size' }),
        param('teenSingleParent.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '아동양육비: 자녀 1인당 월 35만원(2세 이상)·40만원(0~1세), 2026년 37만원·40만원 (생계급여 수급 청소년한부모 자녀도 동일). 검정고시 학습비: 가구별 연 154만원 한도, 최대 2년 (학용품비 9만 3천원 포함). 자립지원 촉진수당: 학업·직업훈련·직업활동 참여 시 월 10만원 (산정액에 미포함)',
      'child-rearing support: 350,000 a month per child aged 2+ and 400,000 for ages 0–1 (370,000 and 400,000 in 2026), also for children of teen parents on the livelihood benefit. Exam study costs: up to 1,540,000 a year per household for up to 2 years (including 93,000 for school supplies). Self-reliance allowance: 100,000 a month when in study, training or work (not in the computed amount)',
    ),
    amount: (ctx) => {
      const infantMaxAge = ctx.param('teenSingleParent.infantMaxAge');
      const lines = ctx
        .members()
        .filter((m) => m.get('person.relation') === 'child')
        .map((m) => {
          const age = Number(m.get('person.age'));
          const value = ctx.param(
            age <= infantMaxAge ? 'teenSingleParent.infantAmount' : 'teenSingleParent.childAmount',
          );
          return {
            label: t(`자녀 (만 ${age}세) 아동양육비`, `child-rearing support for a child aged ${age}`),
            value,
          };
        });
      return { amountKrw: lines.reduce((s, l) => s + l.value, 0), lines };
    },
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet, ref2026],
  fidelity: 'summary',
  parameters,
  cases,
});
