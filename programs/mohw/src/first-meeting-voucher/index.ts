import { all, cmp, defineProgram, type ParameterDefinition, param, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 첫만남이용권 (WLF00004656) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004656&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet2024: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「첫만남이용권」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'firstMeetingVoucher.birthYearFrom',
    label: {
      ko: '출생순위별 지원 적용 출생 연도 (이후 출생)',
      en: 'first birth year of the birth-order amounts (born in or after)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 2024 },
        sources: [booklet2024, bokjiro],
        note: '2024.1.1 이후 출생아부터 첫째 200만원, 둘째 이상 300만원 (그 전 출생아는 200만원 정액)',
      },
    ],
  },
  {
    id: 'firstMeetingVoucher.claimPeriodMonths',
    label: { ko: '신청 기한 (출생일부터, 개월 미만)', en: 'claim period from birth (months, exclusive)' },
    unit: 'months',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [bokjiro],
        note: '2026년: 생년월일로부터 2년 이내. 2024년에는 1년이었고 2025년 기준은 출처에 없음',
      },
    ],
  },
  {
    id: 'firstMeetingVoucher.amount',
    label: { ko: '첫만남이용권 지원액 (출생순위별)', en: 'First Meeting Voucher amount (by birth order)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { first: 2000000, secondPlus: 3000000 } },
        sources: [booklet2024, bokjiro],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00004656',
  version: '2026.1',
  name: t('첫만남이용권', 'First Meeting Voucher'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('저출산ㆍ고령사회기본법', 'Framework Act on Low Birth Rate in an Aging Society')],
  target: 'person',
  lifeCycle: ['pregnancy', 'infant'],
  situations: [],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '2024년 이후 출생해 출생신고된 아동에게 출생일로부터 2년 안에 신청하면 첫째 200만원, 둘째 이상 300만원의 국민행복카드 이용권을 지급합니다.',
    'Children born from 2024 and registered at birth receive National Happiness Card voucher points of 2,000,000 (first child) or 3,000,000 (second or later child) when claimed within 2 years of birth.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('2024년 이후 출생', 'born in 2024 or later'),
      v('person.birthYear'),
      '>=',
      param('firstMeetingVoucher.birthYearFrom'),
    ),
    cmp(
      t('출생일로부터 2년 이내 신청', 'claimed within 2 years of birth'),
      v('person.ageMonths'),
      '<',
      param('firstMeetingVoucher.claimPeriodMonths'),
    ),
  ),
  benefit: {
    description: t(
      '출생아 1인당 1회: 첫째 2,000,000원, 둘째 이상 3,000,000원 (국민행복카드 이용권 포인트; 시설 보호 아동 등은 디딤씨앗통장 현금). 출생순위 자료가 없으면 금액 미결정',
      'Once per child: 2,000,000 for a first child, 3,000,000 for a second or later child (National Happiness Card points; children in care get cash in their 디딤씨앗 account). Without the birth order the amount is undetermined',
    ),
    amount: (ctx) => {
      const order = Number(ctx.fact('birthOrder', 'order'));
      const key = order >= 2 ? 'secondPlus' : 'first';
      const amountKrw = ctx.param('firstMeetingVoucher.amount', key);
      return {
        amountKrw,
        lines: [
          { label: t('출생 순위', 'birth order'), value: order },
          { label: t('지원액', 'voucher amount'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['parent', 'guardian', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      cardCompany: z
        .string()
        .min(1)
        .max(40)
        .meta({ label: t('국민행복카드 카드사', 'National Happiness Card issuer') }),
      childInCare: z.boolean().meta({
        label: t('시설·위탁 보호 아동 (디딤씨앗통장 지급)', 'child in care (paid to the 디딤씨앗 account)'),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'birthRegistration',
        label: t('출생신고 (주민등록번호 부여)', 'birth registration (resident number issued)'),
        required: true,
      },
    ],
  },
  // Received together with the child allowance and the parental benefit (reference §3: allowed together).
  exclusions: [],
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, booklet2024],
  fidelity: 'statutory',
  parameters,
  cases,
});
