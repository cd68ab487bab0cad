import {
  all,
  annualOf,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  noMember,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 버팀목대출보증 (WLF00000093), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000093&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「버팀목 전세자금 대출(전·월세 보증금 대출 시)」',
  status: 'official',
};
const booklet1: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「일반전세자금보증」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'beotimmok.minAge',
    label: t('세대주 연령 (만 나이 이상)', 'age of the head of household (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.netAssetCap',
    label: t('순자산가액 기준 (이하)', 'net asset limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.incomeLimit',
    label: t('부부합산 연소득 기준 (이하)', 'couple’s annual income limit'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.incomeLimitMultiChild',
    label: t(
      '연소득 기준: 2자녀 이상 가구·혁신도시 이전 공공기관·재개발구역 이주자',
      'annual income limit for 2+ children, relocated public agencies and redevelopment evictees',
    ),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.incomeLimitNewlywed',
    label: t('연소득 기준: 신혼부부', 'annual income limit for newlyweds'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 75_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.loanCapCapital',
    label: t('대출 한도 (수도권)', 'loan limit (capital region)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 120_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.loanCapOther',
    label: t('대출 한도 (지방)', 'loan limit (elsewhere)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 80_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.loanShare',
    label: t('전세보증금 대비 대출 비율', 'loan as a share of the deposit'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet0] }],
  },
  {
    id: 'beotimmok.guaranteeCap',
    label: t('일반전세자금보증 한도', 'general jeonse guarantee limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 400_000_000 }, sources: [booklet1] }],
  },
];

export default defineProgram({
  id: 'WLF00000093',
  version: '2026.1',
  name: t('버팀목대출보증', 'Credit guarantee for Beotimmok jeonse loans'),
  ministry: '금융위원회',
  bureau: '금융정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: [],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '제도권 금융기관을 이용하기 어려운 금융소외계층의 주거안정을 위해 주택금융신용보증기금을 통한 보증을 지원하여 서민의 주거안정을 도모합니다.',
    'Provides guarantees through the Housing Finance Credit Guarantee Fund for the housing stability of people who find it hard to use mainstream financial institutions.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('만 19세 이상 세대주', 'head of household aged 19 or over'),
      all(
        undefined,
        cmp(t('세대주', 'head of household'), v('person.relation'), '==', lit('head', t('세대주', 'head'))),
        cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('beotimmok.minAge')),
      ),
    ),
    noMember(
      t('무주택 세대 (주택을 소유한 가구원이 없음)', 'no member owns a home'),
      cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
    ),
    cmp(
      t('순자산가액 3.45억 원 이하 (가구 순재산)', 'net assets at most 345,000,000 (household)'),
      v('household.netAssets'),
      '<=',
      param('beotimmok.netAssetCap'),
    ),
    any(
      t(
        '부부합산 연소득 5천만 원 이하 (2자녀 이상 등 6천만 원, 신혼부부 7,500만 원)',
        'couple’s annual income at most 50,000,000 (60,000,000 for 2+ children etc., 75,000,000 for newlyweds)',
      ),
      cmp(
        t(
          '가구 연소득 5천만 원 이하 (부부합산 소득은 가구 소득 이하)',
          'household annual income at most 50,000,000 (the couple’s income cannot exceed it)',
        ),
        annualOf(
          t('가구 연소득 (가구 월 소득 × 12)', 'household annual income (monthly income × 12)'),
          v('household.monthlyIncome'),
        ),
        '<=',
        param('beotimmok.incomeLimit'),
      ),
      judgement(
        t(
          '부부합산 연소득 또는 상향 기준(2자녀 이상·혁신도시 이전 공공기관·재개발구역 이주자 6,000만 원, 신혼부부 7,500만 원) 충족',
          'the couple’s own income, or a higher limit (60,000,000 for 2+ children, relocated public-agency staff and redevelopment evictees; 75,000,000 for newlyweds)',
        ),
        t(
          '부부 소득 증빙과 상향 기준 해당 여부 (수탁은행)',
          'proof of the couple’s income and of the higher-limit group (lending bank)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전용면적 85㎡(읍·면 100㎡) 이하, 전세보증금 수도권 3억 원·지방 2억 원 이하 주택의 보증금 70% 이내 최대 8,000만 원(수도권 1억 2,000만 원)을 연 2.1~2.9%로 대출 (신혼부부·2자녀 이상 80%, 최대 2억·수도권 3억 원); 한국주택금융공사가 전세자금대출에 신용보증 (일반전세자금보증 최대 4억 원)',
      'Loans of up to 70% of the deposit, at most 80,000,000 (120,000,000 in the capital region), at 2.1–2.9% for homes up to 85㎡ with deposits up to 300 million (capital) or 200 million (elsewhere) — 80% and up to 200/300 million for newlyweds and families with 2+ children; the Korea Housing Finance Corporation guarantees the loan (general jeonse guarantees up to 400,000,000)',
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
      depositKrw: z
        .number()
        .int()
        .min(1)
        .meta({ label: t('전세보증금 (원)', 'jeonse deposit (KRW)') }),
      loanAmountKrw: z
        .number()
        .int()
        .min(1)
        .meta({ label: t('대출 신청 금액 (원)', 'loan amount requested (KRW)') }),
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
  sources: [catalogue, booklet0, booklet1],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
