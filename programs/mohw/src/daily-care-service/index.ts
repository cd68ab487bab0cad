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

const bokjiro: Source = {
  title: '복지로 일상돌봄 서비스 사업 (WLF00005411) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005411&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });
const v2026 = (value: ReturnType<typeof scalar> | ReturnType<typeof byKey>, note?: string) => [
  { from: '2026-01-01', value, sources: [bokjiro], ...(note ? { note } : {}) },
];

const parameters: ParameterDefinition[] = [
  {
    id: 'dailyCare.adultMinAge',
    label: t('돌봄 필요 청·중장년 연령 (만 나이 이상)', 'adults needing care, minimum age'),
    unit: 'years',
    versions: v2026(scalar(13)),
  },
  {
    id: 'dailyCare.adultMaxAge',
    label: t('돌봄 필요 청·중장년 연령 (만 나이 이하)', 'adults needing care, maximum age'),
    unit: 'years',
    versions: v2026(scalar(64)),
  },
  {
    id: 'dailyCare.soloHouseholdSize',
    label: t(
      '돌봄 가족 없음으로 보는 가구원 수 (주민등록상 1인 가구)',
      'household size counted as having no carer (one person)',
    ),
    unit: 'count',
    versions: v2026(scalar(1)),
  },
  {
    id: 'dailyCare.twoPersonHouseholdSize',
    label: t(
      '가구원 돌봄 불가 사유를 확인하는 가구원 수 (2인 가구)',
      'household size for which the members’ inability to care is checked (two people)',
    ),
    unit: 'count',
    versions: v2026(scalar(2)),
  },
  {
    id: 'dailyCare.carerMinAge',
    label: t('가족돌봄청년 연령 (만 나이 이상)', 'young carers, minimum age'),
    unit: 'years',
    versions: v2026(scalar(9)),
  },
  {
    id: 'dailyCare.carerMaxAge',
    label: t('가족돌봄청년 연령 (만 나이 이하)', 'young carers, maximum age'),
    unit: 'years',
    versions: v2026(scalar(39)),
  },
  {
    id: 'dailyCare.basicPrice',
    label: t(
      '기본서비스 월 가격 (A형 36시간·B형 24시간·C형 72시간)',
      'basic service monthly price (A 36 h, B 24 h, C 72 h)',
    ),
    unit: 'krw/month',
    versions: v2026(byKey({ A: 684000, B: 444000, C: 1368000 })),
  },
  {
    id: 'dailyCare.basicHours',
    label: t('기본서비스 월 이용시간 (유형별)', 'basic service hours a month (by type)'),
    unit: 'count',
    versions: v2026(byKey({ A: 36, B: 24, C: 72 })),
  },
  {
    id: 'dailyCare.specialisedPrice',
    label: t('특화서비스 월 가격 범위', 'specialised service monthly price range'),
    unit: 'krw/month',
    versions: v2026(byKey({ min: 120000, max: 272000 }), '서비스 종류에 따라 월 12만~27.2만원'),
  },
  {
    id: 'dailyCare.maxSpecialisedServices',
    label: t('특화서비스 최대 선택 수', 'maximum number of specialised services'),
    unit: 'count',
    versions: v2026(scalar(2)),
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
    '질병·부상 등으로 일상생활이 어렵고 돌볼 가족이 없는 13~64세 청·중장년과 동거 가족을 돌보는 9~39세 가족돌봄청년에게 재가돌봄·가사 기본서비스(월 24·36·72시간)와 특화서비스(최대 2개)를 바우처로 제공합니다. 소득 수준에 따라 본인부담이 있습니다.',
    'People aged 13–64 who struggle with daily life because of illness or injury and have no family to care for them, and young carers aged 9–39 who look after a family member they live with, get a voucher for basic home care and housework (24, 36 or 72 hours a month) and up to two specialised services, with an income-based copayment.',
  ),
  criteria: any(
    t('돌봄 필요 청·중장년 또는 가족돌봄청년', 'an adult needing care or a young carer'),
    all(
      t('돌봄 필요 청·중장년 (세 조건 모두)', 'an adult needing care (all three conditions)'),
      cmp(t('만 13세 이상', 'aged 13 or over'), v('person.age'), '>=', param('dailyCare.adultMinAge')),
      cmp(t('만 64세 이하', 'aged 64 or under'), v('person.age'), '<=', param('dailyCare.adultMaxAge')),
      judgement(
        t('질병·부상 등으로 일상생활에 어려움', 'daily life is hard because of illness or injury'),
        t(
          '진단서·소견서·장기요양인정서·근로능력판정결과서 등 또는 공공·민간기관 추천서',
          'medical certificate or opinion, long-term-care certificate, work-capacity assessment, or a public or private agency’s referral',
        ),
      ),
      any(
        t('돌봄을 수행할 가족 등이 없음', 'no family member who can provide care'),
        cmp(
          t('주민등록상 1인 가구', 'one-person household (resident registration)'),
          v('household.size'),
          '<=',
          param('dailyCare.soloHouseholdSize'),
        ),
        all(
          t('2인 가구로 가구원이 돌봄 불가', 'two-person household whose other member cannot provide care'),
          cmp(
            t('주민등록상 2인 가구', 'two-person household (resident registration)'),
            v('household.size'),
            '<=',
            param('dailyCare.twoPersonHouseholdSize'),
          ),
          judgement(
            t(
              '경제활동·장기 부재 등의 사유로 가구원 돌봄 불가',
              'the other member cannot provide care (work, long absence, …)',
            ),
            t(
              '가구원의 경제활동·장기 부재 등 확인 (읍면동 조사)',
              'evidence of the member’s work or long absence (local survey)',
            ),
          ),
        ),
      ),
    ),
    all(
      t('가족돌봄청년 (세 조건 모두)', 'a young carer (all three conditions)'),
      cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('dailyCare.carerMinAge')),
      cmp(t('만 39세 이하', 'aged 39 or under'), v('person.age'), '<=', param('dailyCare.carerMaxAge')),
      cmp(
        t(
          '가족돌봄청년 확인 (동거 가족의 질병·부상 등으로 돌봄이 필요하고, 직접 돌보거나 부양을 위해 경제활동)',
          'confirmed young carer (a family member living with them needs care through illness or injury; cares directly or works to support the family)',
        ),
        fact('youngCarer'),
        '==',
        lit(true),
      ),
    ),
  ),
  benefit: {
    description: t(
      '재가돌봄·가사 기본서비스(24·36·72시간 중 1개: B형 24시간 월 444,000원, A형 36시간 월 684,000원, C형 72시간 월 1,368,000원)와 병원 동행·심리 지원·교류증진 등 특화서비스(최대 2개, 월 120,000~272,000원). 소득 수준에 따라 가격의 일부 또는 전부를 본인부담하며, 본인부담 기준은 2026 사업안내가 정하고 복지로 상세에는 없음. 이용 유형을 선택해야 금액이 정해짐',
      'Basic home care and housework (one of 24, 36 or 72 hours: B 24 h 444,000, A 36 h 684,000, C 72 h 1,368,000 a month) and up to two specialised services (hospital escort, psychological support, social contact; 120,000–272,000 a month). Part or all of the price is a copayment by income level, set by the 2026 programme guide and not stated in the Bokjiro record. The amount depends on the services chosen',
    ),
  },
  form: {
    schema: z.object({
      basicServiceType: z.enum(['A', 'B', 'C', 'none']).meta({
        label: t(
          '기본서비스 유형 (A 36시간·B 24시간·C 72시간)',
          'basic service type (A 36 h, B 24 h, C 72 h)',
        ),
      }),
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
        label: t(
          '사회보장급여(사회서비스이용권) 신청서',
          'social security benefit (social service voucher) application',
        ),
        required: true,
      },
      {
        id: 'careNeed',
        label: t(
          '진단서·소견서·장기요양인정서·근로능력판정결과서 또는 기관 추천서',
          'medical certificate or opinion, long-term-care certificate, work-capacity assessment or agency referral',
        ),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
