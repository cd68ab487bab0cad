import {
  all,
  annualOf,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 햇살론카드 (WLF00006275), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006275&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「햇살론 카드」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'sunshineCard.minDisposableIncome',
    ['연 가처분소득 기준 (이상)', 'minimum annual disposable income'],
    'krw/year',
    6_000_000,
    booklet,
  ),
  scalar(
    'sunshineCard.creditShare',
    ['개인신용평점 기준 (하위 비율)', 'credit score limit (bottom share)'],
    'ratio',
    0.2,
    booklet,
  ),
  scalar(
    'sunshineCard.faithfulRepaymentMonths',
    [
      '개인회생·채무조정 성실상환 기간 (이상)',
      'faithful repayment under rehabilitation or debt adjustment (at least)',
    ],
    'months',
    6,
    booklet,
  ),
  scalar(
    'sunshineCard.minLimit',
    ['보증한도 최저 (월)', 'minimum guarantee limit (monthly)'],
    'krw',
    500_000,
    booklet,
  ),
  scalar(
    'sunshineCard.initialMaxLimit',
    ['최초 보증한도 (이내)', 'initial guarantee limit'],
    'krw',
    2_000_000,
    booklet,
  ),
  scalar(
    'sunshineCard.maxLimit',
    ['최대 보증한도 (1년 이상 성실이용 시)', 'maximum guarantee limit (after a year of good use)'],
    'krw',
    3_000_000,
    booklet,
  ),
  scalar(
    'sunshineCard.limitDeduction',
    ['카드 한도 부여 시 차감액', 'deduction from the guarantee limit'],
    'krw',
    200_000,
    booklet,
  ),
];

export default defineProgram({
  id: 'WLF00006275',
  version: '2026.1',
  name: t('햇살론카드', 'Sunshine Card'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '신용카드 발급이 어려워 할부·포인트 등 이용혜택에서 소외된 저신용자 분들의 금융상품 선택권을 확대하고 건전한 소비로 이어질 수 있도록 지원합니다.',
    'Widens the financial choices of low-credit people who find it hard to get a credit card and miss out on instalments, points and other benefits, and supports sound spending.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '연 가처분소득 600만 원 이상 (가처분소득은 총소득 이하이므로 총소득이 미달하면 비대상)',
        'annual disposable income at least KRW 6,000,000 (disposable income cannot exceed total income, so a lower total income rules it out)',
      ),
      annualOf(
        t('본인 연소득 (월 소득 × 12)', 'own annual income (monthly × 12)'),
        v('person.monthlyIncome'),
      ),
      '>=',
      param('sunshineCard.minDisposableIncome'),
    ),
    judgement(
      t(
        '개인신용평점 하위 20% 이하이고 개인 신용카드 미보유 (개인회생·채무조정 6개월(6회) 이상 성실상환자는 예외 인정), 연 가처분소득 확인, 필수교육 3과목 이수',
        'credit score in the bottom 20% and no personal credit card (people faithfully repaying under rehabilitation or debt adjustment for 6 months are admitted as an exception), disposable income confirmed, and the three required courses completed',
      ),
      t(
        '개인신용평점·카드 보유 내역 (신용정보), 가처분소득 산정, 교육 이수',
        'credit score and card holdings (credit records), disposable income, course completion',
      ),
    ),
  ),
  benefit: {
    description: t(
      '신용카드 발급 보증: 보증한도 월 최저 50만 원~최대 300만 원 (최초 200만 원 이내, 1년 이상 성실이용 시 300만 원 이내까지 증액), 보증한도에서 20만 원 차감하여 카드 한도 부여',
      'A guarantee for issuing a credit card: limit from KRW 500,000 to 3,000,000 a month (at first up to 2,000,000, raised to 3,000,000 after a year of good use); the card limit is the guarantee limit less 200,000',
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
  parameters,
  cases,
});
