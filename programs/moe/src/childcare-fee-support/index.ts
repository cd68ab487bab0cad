import {
  all,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 영유아보육료 지원 (WLF00003250), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003250&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「0~2세 보육료 지원」',
  status: 'official',
};
const bkNuri: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「3~5세 누리과정 지원」',
  status: 'official',
};
const ref2026: Source = {
  title: 'korea-welfare-rules §2.6 부모급여 (복지로 WLF00004657, 2026): 어린이집 이용 시 보육료 바우처',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childcareFeeSupport.maxAge',
    label: { ko: '보육료 지원 연령 상한 (만 나이, 이하)', en: 'age limit (full years, inclusive)' },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5 },
        sources: [booklet, bkNuri],
        note: '0~2세 보육료 + 3~5세 누리과정 보육료(어린이집) = 만 0~5세',
      },
    ],
  },
  {
    id: 'childcareFeeSupport.infantMinMonthly',
    label: { ko: '0~2세 보육료 (월, 최저)', en: 'infant childcare fee (monthly, lowest by age)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 394000 }, sources: [booklet] }],
  },
  {
    id: 'childcareFeeSupport.infantMaxMonthly',
    label: { ko: '0~2세 보육료 (월, 최고 — 만 0세)', en: 'infant childcare fee (monthly, highest — age 0)' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 540000 }, sources: [booklet] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 584000 },
        sources: [ref2026],
        note: '2026년 만 0세 보육료 바우처 584,000원 (만 1세 515,000원)',
      },
    ],
  },
  {
    id: 'childcareFeeSupport.nuriMonthly',
    label: {
      ko: '3~5세 누리과정 보육료 (어린이집, 월)',
      en: 'Nuri childcare fee, ages 3–5 (daycare, monthly)',
    },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 280000 }, sources: [bkNuri] }],
  },
];

export default defineProgram({
  id: 'WLF00003250',
  version: '2026.1',
  name: t('영유아보육료 지원', 'Childcare Fee Support for Infants and Young Children'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '어린이집 이용 영유아에 대한 보육료 지원을 통해 부모의 자녀양육 부담경감 및 원활한 경제활동을 지원합니다.',
    'Pays the daycare fees of infants and young children who attend a daycare centre, easing parents’ child-rearing costs and helping them stay in work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어린이집 이용', 'attends a daycare centre'),
      fact('daycareUse', 'kind'),
      '==',
      lit('daycare', t('어린이집', 'daycare')),
    ),
    cmp(t('만 0~5세', 'aged 0 to 5'), v('person.age'), '<=', param('childcareFeeSupport.maxAge')),
  ),
  benefit: {
    description: t(
      '어린이집 보육료를 국민행복카드로 지원: 0~2세 나이에 따라 월 394,000원~540,000원 (2026년 만 0세 584,000원, 만 1세 515,000원 — 22년 이후 출생 0~1세는 부모급여(보육료)로 지원), 3~5세 누리과정 보육료 월 280,000원',
      'Daycare fees on the National Happiness Card: ages 0–2 from 394,000 to 540,000 a month by age (2026: 584,000 at age 0, 515,000 at age 1 — children aged 0–1 born from 2022 get it as the parental benefit’s childcare voucher); ages 3–5 the Nuri fee of 280,000 a month',
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
  sources: [catalogue, booklet, bkNuri, ref2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
