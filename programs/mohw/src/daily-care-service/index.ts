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
  title: '복지로 일상돌봄 서비스 사업 (WLF00005411), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005411&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「일상돌봄 서비스 사업」',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 일상돌봄 서비스 사업 (WLF00005411), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005411&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'dailyCare.adultMinAge',
    label: t('돌봄 필요 청·중장년 연령 (만 나이 이상)', 'adults needing care, minimum age'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 13 }, sources: [bokjiro2026] },
    ],
  },
  {
    id: 'dailyCare.adultMaxAge',
    label: t('돌봄 필요 청·중장년 연령 (만 나이 이하)', 'adults needing care, maximum age'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 64 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 64 }, sources: [bokjiro2026] },
    ],
  },
  {
    id: 'dailyCare.carerMinAge',
    label: t('가족돌봄청년 연령 (만 나이 이상)', 'young carers, minimum age'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 13 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 9 }, sources: [bokjiro2026] },
    ],
  },
  {
    id: 'dailyCare.carerMaxAge',
    label: t('가족돌봄청년 연령 (만 나이 이하)', 'young carers, maximum age'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 39 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 39 }, sources: [bokjiro2026] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00005411',
  version: '2026.1',
  name: t('일상돌봄 서비스 사업', 'Daily care service for adults and young carers'),
  ministry: '보건복지부',
  bureau: '사회서비스사업과',
  legalBasis: [
    t('사회서비스 이용 및 이용권 관리에 관한 법률', 'Act on the Use of Social Services and Vouchers'),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge'],
  situations: ['singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '일상생활에 돌봄이 필요한 중장년과 가족돌봄청년에게 일상생활의 어려움을 해소할 수 있도록 맞춤형 사회서비스를 통합 제공합니다.',
    'Provides integrated, tailored social services to middle-aged people who need everyday care and to young carers, easing their daily difficulties.',
  ),
  criteria: any(
    t('돌봄 필요 청·중장년 또는 가족돌봄청년', 'an adult needing care or a young carer'),
    all(
      t('돌봄이 필요한 청·중장년', 'an adult needing care'),
      cmp(
        t('청·중장년 최소 연령 이상', 'at or above the adult minimum age'),
        v('person.age'),
        '>=',
        param('dailyCare.adultMinAge'),
      ),
      cmp(t('만 64세 이하', 'aged 64 or under'), v('person.age'), '<=', param('dailyCare.adultMaxAge')),
      judgement(
        t(
          '질병·부상 등으로 일상생활이 어렵고 돌볼 가족이 없음',
          'daily life is hard because of illness or injury and no family can provide care',
        ),
        t(
          '진단서·소견서 또는 기관 추천서와 가구 돌봄 여건 (읍면동 조사)',
          'medical certificate or agency referral and the household’s care situation (local survey)',
        ),
      ),
    ),
    all(
      t('가족돌봄청년', 'a young carer'),
      cmp(
        t('가족돌봄청년 최소 연령 이상', 'at or above the young-carer minimum age'),
        v('person.age'),
        '>=',
        param('dailyCare.carerMinAge'),
      ),
      cmp(t('만 39세 이하', 'aged 39 or under'), v('person.age'), '<=', param('dailyCare.carerMaxAge')),
      cmp(
        t('가족돌봄청년 (동거 가족 돌봄)', 'young carer (cares for a family member living with them)'),
        fact('youngCarer'),
        '==',
        lit(true),
      ),
    ),
  ),
  benefit: {
    description: t(
      '재가 돌봄·가사 기본서비스(2026년 월 24·36·72시간: 444,000~1,368,000원)와 병원동행·심리지원·식사영양 등 특화서비스(최대 2개), 소득에 따라 본인부담',
      'Basic home care and housework (2026: 24, 36 or 72 hours a month, 444,000–1,368,000) and up to two specialised services (hospital escort, psychological support, meals, …), with an income-based copayment',
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
  sources: [catalogue, booklet, bokjiro2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
