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
  title: '복지로 국가유공자등대부지원 (WLF00000048), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000048&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 등 대부 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransLoan.minAmount',
    label: t('대부 한도 (최저, 종류별)', 'loan limit (lowest, by kind)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [booklet] }],
  },
  {
    id: 'veteransLoan.maxAmount',
    label: t('대부 한도 (최고, 종류별)', 'loan limit (highest, by kind)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 80000000 }, sources: [booklet] }],
  },
  {
    id: 'veteransLoan.rateMin',
    label: t('대부 연이율 (최저)', 'annual interest rate (lowest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.03 }, sources: [booklet] }],
  },
  {
    id: 'veteransLoan.rateMax',
    label: t('대부 연이율 (최고)', 'annual interest rate (highest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.04 }, sources: [booklet] }],
  },
  {
    id: 'veteransLoan.termMinYears',
    label: t('상환기간 (최단)', 'repayment term (shortest)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'veteransLoan.termMaxYears',
    label: t('상환기간 (최장)', 'repayment term (longest)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000048',
  version: '2026.1',
  name: t('국가유공자등대부지원', 'Loans for persons of national merit'),
  ministry: '국가보훈부',
  bureau: '생활안정과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '국가유공자 등의 주거안정과 자립기반 조성을 위하여 장기로 저금리 대출을 실시합니다.',
    'Offers long-term, low-interest loans to persons of national merit and others for stable housing and a base for self-reliance.',
  ),
  criteria: any(
    t('대부 대상', 'eligible for the loans'),
    all(
      t(
        '국가유공자·5·18민주유공자·특수임무유공자·보훈보상대상자 본인',
        'person of national merit, May 18 or special-mission merit, or veterans-compensation beneficiary, in person',
      ),
      cmp(
        t(
          '보훈대상자 구분: 국가유공자, 5·18민주유공자, 특수임무유공자, 보훈보상대상자',
          'veteran category: person of national merit, May 18 democracy merit, special-mission merit, veterans-compensation beneficiary',
        ),
        fact('veteran', 'category'),
        'in',
        lit(['국가유공자', '5·18민주유공자', '특수임무유공자', '보훈보상대상자']),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
    ),
    all(
      t(
        '수권유족·수권 배우자 또는 생활지원금을 받는 독립유공자 자녀',
        'entitled bereaved, entitled spouse, or child of an independence patriot receiving living support',
      ),
      cmp(
        t(
          '보훈대상자 구분: 국가유공자, 5·18민주유공자, 특수임무유공자, 보훈보상대상자, 독립유공자',
          'veteran category: person of national merit, May 18 democracy merit, special-mission merit, veterans-compensation beneficiary, independence patriot',
        ),
        fact('veteran', 'category'),
        'in',
        lit(['국가유공자', '5·18민주유공자', '특수임무유공자', '보훈보상대상자', '독립유공자']),
      ),
      cmp(
        t('유족·가족으로 등록', 'registered as a bereaved or family member'),
        fact('veteran', 'isFamily'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '수권유족(유공자가 받던 혜택을 승계한 유족), 보훈보상대상자의 수권 배우자, 또는 생활지원금을 받는 독립유공자의 자녀',
          'entitled bereaved (inherits the benefits), entitled spouse of a veterans-compensation beneficiary, or child of an independence patriot receiving living support',
        ),
        t(
          '수권 승계·생활지원금 수급 여부 (국가보훈부)',
          'entitlement succession or receipt of living support (veterans ministry)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '주택 구입·임차·개량, 농토 구입, 사업 운영, 생활안정자금을 연 3.0~4.0%로 대출: 한도 대부 종류별 300만~8,000만 원, 상환기간 3~20년 (2024년 기준)',
      'Loans for buying, renting or improving a home, buying farmland, running a business or living costs at 3.0–4.0% a year: 3 to 80 million depending on the kind, repaid over 3–20 years (2024)',
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
  parameters,
  cases,
});
