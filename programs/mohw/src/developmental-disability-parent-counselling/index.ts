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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 발달장애인 부모상담지원사업 (WLF00000064), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000064&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「발달장애인 부모 상담 지원」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 발달장애인 부모상담지원사업 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000064&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalDisabilityParentCounselling.unregisteredChildAge',
    label: {
      ko: '장애 미등록 영유아 인정 연령 (만 나이 미만)',
      en: 'age under which unregistered infants qualify',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityParentCounselling.monthlyVoucher',
    label: { ko: '심리상담 바우처 (월)', en: 'counselling voucher (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 160000 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityParentCounselling.months',
    label: {
      ko: '지원 기간 (개월, 1회 최대 12개월 연장 가능)',
      en: 'support period (months; one extension of up to 12 months)',
    },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000064',
  version: '2026.1',
  name: t('발달장애인 부모상담지원사업', 'Counselling for parents of people with developmental disabilities'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t(
      '발달장애인 권리보장 및 지원에 관한 법률',
      'Act on Guarantee of Rights of and Support for Persons with Developmental Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '발달장애인 부모에게 발달장애인의 양육과 부양에 따른 심리적 부담 완화 및 가족기능 향상 도모를 위한 전문 심리상담을 지원합니다.',
    'Provides professional psychological counselling to parents of people with developmental disabilities, easing the psychological burden of raising and caring for them and strengthening family functioning.',
  ),
  criteria: all(
    undefined,
    any(
      t('부모 (또는 동거하며 돌보는 2촌 이내 보호자)', 'a parent (or a live-in carer within two degrees)'),
      cmp(
        t('가구주 또는 배우자 (부모)', 'head of household or spouse (parent)'),
        v('person.relation'),
        'in',
        lit(['head', 'spouse']),
      ),
      judgement(
        t(
          '부모를 대신해 동거하며 돌보는 2촌 이내 보호자',
          'a relative within two degrees who lives with and cares for the person',
        ),
        t('보호자 관계 확인 (가족관계증명서)', 'proof of the relationship'),
      ),
    ),
    someMember(
      t('가구 내 발달장애인 자녀', 'a child with a developmental disability in the household'),
      any(
        undefined,
        cmp(
          t(
            '지적·자폐성 장애 등록 (부장애 포함)',
            'intellectual or autism disability registered (secondary included)',
          ),
          fact('disability', 'type'),
          'in',
          lit(['지적', '자폐성']),
        ),
        all(
          t('만 6세 미만 미등록 영유아', 'unregistered child under 6'),
          cmp(
            t('만 6세 미만', 'under 6'),
            v('person.age'),
            '<',
            param('developmentalDisabilityParentCounselling.unregisteredChildAge'),
          ),
          judgement(
            t(
              '발달장애 의심 (발달재활서비스 의뢰서 또는 6개월 이내 의사 소견서)',
              'suspected developmental disability (referral or doctor’s note within 6 months)',
            ),
            t('의뢰서·소견서', 'referral or doctor’s note'),
          ),
        ),
      ),
      { excludeSubject: true },
    ),
  ),
  benefit: {
    description: t(
      '부모·보호자에게 개별·집단 심리상담: 월 16만 원 심리상담 바우처를 12개월간 제공, 필요 시 1회(최대 12개월) 연장',
      'Individual or group counselling for parents and carers: a 160,000 monthly counselling voucher for 12 months, extendable once (up to 12 months)',
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
        id: 'doctorNote',
        label: t('의사 소견서 (장애 미등록 영유아)', 'doctor’s note (unregistered infants)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
