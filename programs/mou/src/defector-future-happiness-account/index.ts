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
  title: '복지로 북한이탈주민 자산형성지원제도(미래행복통장) (WLF00001020), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001020&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 자산형성지원(미래행복통장)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorFutureHappinessAccount.minAge',
    label: t('가입 연령 (만 나이 이상)', 'minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.residenceMonths',
    label: t('거주지 전입 후 경과 기간', 'months since moving into the residence'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.activityMonths',
    label: t('경제활동 기간 (이상)', 'months of economic activity (at least)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.minMonthlySaving',
    label: t('월 저축액 (최저)', 'monthly saving (lowest)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.maxMonthlySaving',
    label: t('월 저축액 (최고)', 'monthly saving (highest)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.savingStep',
    label: t('저축 단위', 'saving step'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.savingIncomeShare',
    label: t('저축 한도 (소득 대비)', 'saving limit (share of income)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.3 }, sources: [booklet] }],
  },
  {
    id: 'defectorFutureHappinessAccount.maxYears',
    label: t('저축 기간 (최대)', 'saving period (maximum)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001020',
  version: '2026.1',
  name: t(
    '북한이탈주민 자산형성지원제도(미래행복통장)',
    'Asset-building account for North Korean defectors (Future Happiness Account)',
  ),
  ministry: '통일부',
  bureau: '자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '북향민이 경제활동 소득 중 일정 금액을 저축하면 정부가 동일한 금액을 저축해 주는 사업으로, 북향민의 경제활동을 높여 우리 사회에 안정적으로 정착할 수 있도록 경제적 기반 마련을 지원합니다.',
    'When North Korean defectors save part of their earnings, the government saves the same amount, raising their economic activity and helping them build an economic base for stable settlement.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    cmp(
      t('만 18세 이상', 'aged 18 or over'),
      v('person.age'),
      '>=',
      param('defectorFutureHappinessAccount.minAge'),
    ),
    any(
      t('경제활동 중인 소득자', 'earning income from economic activity'),
      cmp(t('근로소득 있음', 'has earned income'), v('person.earnedIncome'), '>', lit(0)),
      cmp(
        t('자영업 등 경제활동 중', 'self-employed or other economic activity'),
        fact('employment', 'status'),
        'in',
        lit(['selfEmployed', 'dailyWorker', 'platformWorker', 'artist', 'farmer']),
      ),
    ),
    judgement(
      t(
        '2014.11.29. 이후 입국, 거주지 보호기간 내, 거주지 전입 후 6개월 경과, 3개월 이상 경제활동',
        'entered on or after 29 November 2014, within the residence-protection period, 6+ months since moving in, and 3+ months of economic activity',
      ),
      t(
        '입국일·전입일·경제활동 기간 (통일부·남북하나재단)',
        'entry date, residence date and months of activity (unification ministry, Korea Hana Foundation)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '소득의 30% 범위에서 매월 100,000원 이상 500,000원 이하(50,000원 단위)를 최대 4년간 저축하면 같은 금액의 지원금 적립',
      'Saving 100,000 to 500,000 a month (in steps of 50,000, within 30% of income) for up to 4 years is matched one for one',
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
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
