import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 건강보험 임신출산 진료비(국민행복카드) (WLF00006313), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006313&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「건강보험 임신·출산 진료비(국민행복카드)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'nhiPregnancyVoucher.perPregnancy',
    label: t('임신 1회당 지원액 (다태아는 태아당)', 'amount per pregnancy (per foetus for multiples)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [booklet] }],
  },
  {
    id: 'nhiPregnancyVoucher.remoteAreaExtra',
    label: t('분만취약지 거주 추가 지원', 'extra for residents of areas lacking maternity care'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [booklet] }],
  },
  {
    id: 'nhiPregnancyVoucher.useYears',
    label: t('사용 기간 (분만예정일·출산일부터 년)', 'period of use after the due date or birth (years)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006313',
  version: '2026.1',
  name: t(
    '건강보험 임신출산 진료비(국민행복카드)',
    'NHI pregnancy and childbirth medical voucher (National Happiness Card)',
  ),
  ministry: '보건복지부',
  bureau: '보험급여과',
  legalBasis: [t('국민건강보험법', 'National Health Insurance Act')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: [],
  provision: 'voucher',
  cycle: 'asNeeded',
  summary: t(
    '임산부와 2세 미만 영유아의 진료비 등의 본인부담금(급여·비급여) 결제에 사용할 수 있는 이용권을 제공하여 의료비 부담을 경감합니다.',
    'Gives a voucher for the copayments (covered and non-covered) of pregnant women and infants under 2, easing medical costs.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '임신 또는 출산(유산·사산 포함) 확인',
        'pregnancy or birth (including miscarriage or stillbirth) confirmed',
      ),
      cmp(t('임신 확인', 'confirmed pregnancy'), fact('pregnancy'), '==', lit(true)),
      judgement(
        t('출산(유산·사산 포함) 확인', 'birth, miscarriage or stillbirth confirmed'),
        t('출산·유산·사산 사실 (의료기관 확인)', 'birth, miscarriage or stillbirth (provider)'),
      ),
    ),
    cmp(
      t('건강보험 가입자 또는 피부양자', 'health-insurance subscriber or dependant'),
      fact('healthInsurance', 'kind'),
      'in',
      lit(['employee', 'regional'], t('직장·지역가입자', 'employee or regional subscriber')),
    ),
  ),
  benefit: {
    description: t(
      '임신 1회당 100만 원 (다태아는 태아당 100만 원), 분만취약지 30일 이상 거주 시 20만 원 추가. 국민행복카드로 임산부·2세 미만 영유아 진료비·약제비 결제, 분만예정일(출산일)부터 2년까지 사용',
      '1,000,000 per pregnancy (per foetus for multiples), plus 200,000 for 30+ days’ residence in an area lacking maternity care; paid with the National Happiness Card for the mother’s and under-2 child’s medical and drug costs, usable for 2 years after the due date or birth',
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
  parameters: parameters,
  cases,
});
