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
  title: '복지로 주택담보노후연금보증 (WLF00001108), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001108&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = { title: '2024 나에게 힘이 되는 복지서비스 「주택연금제도」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'housingPension.minAge',
    label: t('가입 연령 (만 나이 이상)', 'entry age (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 55 }, sources: [booklet0] }],
  },
  {
    id: 'housingPension.priceCap',
    label: t('보유 주택 공시가격 기준 (이하)', 'published home price limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_200_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'housingPension.movePriceCap',
    label: t('이사 시 신규 주택 공시가격 기준 (이하)', 'price limit for a new home after moving'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 900_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001108',
  version: '2026.1',
  name: t('주택담보노후연금보증', 'Housing pension (reverse mortgage) guarantee'),
  ministry: '금융위원회',
  bureau: '금융정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '노후생활에 어려움을 겪는 노인에 대해 보유하고 있는 주택을 담보로 매월 일정금액의 대출금을 연금형식으로 지급하여 안정적인 노후 생활을 지원합니다.',
    'Pays older people in hardship a monthly amount, like a pension, as a loan secured on the home they own, for a stable old age.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 55세 이상', 'aged 55 or over'), v('person.age'), '>=', param('housingPension.minAge')),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
    any(
      t('보유 주택 공시가격 12억 원 이하', 'published price of the home at most 1,200,000,000'),
      cmp(
        t(
          '가구 부동산(주거용·일반재산·자동차) 합계가 12억 원 이하',
          'household property (residential, general, cars) at most 1,200,000,000',
        ),
        v('household.propertyAssets'),
        '<=',
        param('housingPension.priceCap'),
      ),
      judgement(
        t('주택 공시가격 12억 원 이하', 'published price of the home at most 1,200,000,000'),
        t('주택 공시가격 (부동산 가격공시)', 'published housing price'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '집을 담보로 맡기고 내 집에 살면서 매월 연금 수령(종신 지급 등), 일정 한도 내 목돈 인출(의료비·주택수선비·선순위 대출 상환). 지원 예시: 집값 3억 원, 55세 가입 시 월 43만 6,850원, 70세 가입 시 월 88만 6,880원 (정액형, 2024년 3월 기준)',
      'Monthly payments for life while living in the pledged home, with lump-sum withdrawals within limits (medical costs, repairs, repaying prior loans); e.g. a 300 million home pays 436,850 a month at 55 and 886,880 at 70 (fixed type, March 2024)',
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
