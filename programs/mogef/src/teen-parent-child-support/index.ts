import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 청소년부모 아동양육비 지원사업 (WLF00005023), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005023&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년부모 아동양육비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'teenParentChildSupport.maxAge',
    label: t('청소년부모 연령 (만 나이, 이하)', 'teen parent age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
  {
    id: 'teenParentChildSupport.incomeShare',
    label: t('소득인정액 기준 (기준 중위소득 대비)', 'income-recognized limit (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.63 },
        sources: [booklet],
        note: '3인 기준 2,970,234원 (2024)',
      },
    ],
  },
  {
    id: 'teenParentChildSupport.monthlyPerChild',
    label: t('아동양육비 (자녀 1인당)', 'child-rearing support per child'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 250000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00005023',
  version: '2026.1',
  name: t('청소년부모 아동양육비 지원사업', 'Child-rearing support for teen parents'),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득인정액이 기준 중위소득 63% 이하이고 아동을 양육하는 만 24세 이하 청소년부모(부·모 모두 24세 이하)에게 자녀 1인당 월 25만원의 아동양육비를 지급합니다.',
    'Parents aged 24 or under (both parents 24 or under) raising children, with an income-recognized amount at most 63% of the median, receive 250,000 a month per child.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('teenParentChildSupport.maxAge')),
    any(
      t('부·모 모두 만 24세 이하', 'both parents aged 24 or under'),
      cmp(t('배우자 없음', 'no spouse in the household'), v('person.hasSpouse'), '==', lit(false)),
      cmp(
        t('배우자 만 24세 이하', 'spouse aged 24 or under'),
        v('person.spouseAge'),
        '<=',
        param('teenParentChildSupport.maxAge'),
      ),
    ),
    cmp(t('양육하는 자녀가 있음', 'raising a child'), v('person.childrenInHousehold'), '>', lit(0)),
    cmp(
      t(
        '가구 소득인정액이 기준 중위소득 63% 이하',
        'household income-recognized amount at most 63% of the median',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 63%', 'median income × 63%'),
        param('median.income', { by: 'household.size' }),
        param('teenParentChildSupport.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '청소년부모 아동양육비: 자녀 1인당 월 25만원',
      'child-rearing support: 250,000 a month per child',
    ),
    amount: (ctx) => {
      const perChild = ctx.param('teenParentChildSupport.monthlyPerChild');
      const children = ctx.members().filter((m) => m.get('person.relation') === 'child').length;
      return {
        amountKrw: perChild * children,
        lines: [
          {
            label: t(
              `아동양육비 자녀 ${children}명 × 월 지급액`,
              `child-rearing support: ${children} child(ren) × monthly amount`,
            ),
            value: perChild * children,
          },
        ],
      };
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
