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
  title: '복지로 청소년산모 임신·출산 의료비 지원 (WLF00003246), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003246&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년산모 임신·출산 의료비 지원(국민행복카드)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'teenMotherMedical.maxAge',
    label: t('대상 연령 (만 나이 이하)', 'maximum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'teenMotherMedical.voucher',
    label: t('임신 1회당 지원액 (바우처)', 'voucher per pregnancy'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1200000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003246',
  version: '2026.1',
  name: t('청소년산모 임신·출산 의료비 지원', 'Pregnancy and childbirth medical costs for teenage mothers'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['teen', 'pregnancy'],
  situations: [],
  provision: 'voucher',
  cycle: 'asNeeded',
  summary: t(
    '청소년산모에게 임신 및 출산에 필요한 의료비를 지원하여 청소년산모와 태아의 건강증진을 돕습니다.',
    'Pays teenage mothers the medical costs of pregnancy and childbirth to protect the health of the mother and the foetus.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이하', 'aged 19 or under'), v('person.age'), '<=', param('teenMotherMedical.maxAge')),
    cmp(t('임신 확인', 'confirmed pregnancy'), fact('pregnancy'), '==', lit(true)),
  ),
  benefit: {
    description: t(
      '임신 1회당 120만 원 (국민행복카드 바우처): 청소년 산모와 2세 미만 영유아의 모든 의료비와 약제·치료재료 구입비. 분만예정일 2년 이후 미사용액 소멸. 건강보험 임신·출산 진료비와 함께 받을 수 있음',
      '1,200,000 per pregnancy as a National Happiness Card voucher for all medical costs, drugs and materials of the teenage mother and her child under 2; unused amounts lapse 2 years after the due date. Can be combined with the NHI pregnancy voucher',
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
