import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 독립유공자 (손)자녀 생활지원금 (WLF00003209), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003209&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「독립유공자 (손)자녀 생활지원금(저소득가구 지원)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'patriotDescendantLivingSupport.incomeShare',
    label: t('생활지원금 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet] }],
  },
  {
    id: 'patriotDescendantLivingSupport.monthlyMin',
    label: t('생활지원금 월 지급액 (최저)', 'monthly support (lowest)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345000 }, sources: [booklet] }],
  },
  {
    id: 'patriotDescendantLivingSupport.monthlyMax',
    label: t('생활지원금 월 지급액 (최고)', 'monthly support (highest)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 478000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003209',
  version: '2026.1',
  name: t('독립유공자 (손)자녀 생활지원금', 'Living support for (grand)children of independence patriots'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '보상금을 받지 않는 독립유공자의 (손)자녀 중 생계곤란 가구의 생활지원을 통해 독립유공자 후손으로서의 영예로운 생활을 보장합니다.',
    'Supports the living of low-income households among the children and grandchildren of independence patriots who receive no compensation, so that they can live with the honour due to descendants of patriots.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('독립유공자 유족 등록', 'registered family of an independence patriot'),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자']),
    ),
    cmp(
      t('독립유공자의 유족·가족', 'bereaved or family member of the patriot'),
      fact('veteran', 'isFamily'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '보상금을 받지 않는 독립유공자의 자녀·손자녀',
        'child or grandchild of the patriot who receives no compensation',
      ),
      t(
        '자녀·손자녀 관계와 보상금 수급 여부 (국가보훈부)',
        'the relationship and whether compensation is received (veterans ministry)',
      ),
    ),
    any(
      t(
        '소득 기준: 소득인정액 중위 70% 이하 또는 기초연금 수급 (단독·부부 가구)',
        'income: at most 70% of the median, or a Basic Pension recipient (single or couple household)',
      ),
      cmp(
        t('소득인정액 기준 중위소득 70% 이하', 'income-recognized amount at most 70% of the median'),
        v('household.incomeRecognized.nblss'),
        '<=',
        mul(
          t('기준 중위소득 × 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('patriotDescendantLivingSupport.incomeShare'),
        ),
      ),
      all(
        t('기초연금 수급 단독·부부 가구', 'Basic Pension recipient living alone or as a couple'),
        cmp(
          t('기초연금 수급', 'receives the Basic Pension'),
          receives('WLF00001164', t('기초연금 수급', 'receives the Basic Pension'), 'person'),
          '==',
          lit(true),
        ),
        any(
          t('단독 또는 부부 가구', 'single or couple household'),
          cmp(t('단독 가구', 'lives alone'), v('household.size'), '==', lit(1, t('1명', 'one'))),
          cmp(t('배우자와 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '소득 수준에 따라 매월 345,000원 ~ 478,000원 지급 (2024년 기준)',
      'Monthly 345,000 to 478,000 depending on income (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00001164'],
  parameters,
  cases,
});
