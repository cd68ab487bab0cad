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
  title: '복지로 장애인 창업보육실 운영 (WLF00006297), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006297&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인기업 창업보육실 운영」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'disabledIncubator.startupYears',
    ['창업 기간 (년 미만)', 'years since start-up (fewer than)'],
    'years',
    3,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabledIncubator.tenancyYears',
    ['입주 기간 (년, 최대 3년 연장)', 'tenancy (years; extendable to 3)'],
    'years',
    1,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabledIncubator.depositPerPyeong',
    ['보증금 (평당)', 'deposit per pyeong'],
    'krw',
    100000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabledIncubator.feePerPyeong',
    ['관리비 (평당 월)', 'service charge per pyeong a month'],
    'krw/month',
    10000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00006297',
  version: '2026.1',
  name: t(
    '장애인 창업보육실 운영',
    'Start-up incubator offices for businesses owned by people with disabilities',
  ),
  ministry: '중소벤처기업부',
  bureau: '소상공인정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['veteran', 'disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '우수한 창업아이템을 보유한 창업 초기의 장애인 기업을 대상으로 비즈니스 공간 및 사무기기, 기업지원정책 등을 지원합니다.',
    'Supports early-stage businesses owned by people with disabilities that have promising start-up ideas, with business space, office equipment and policy support.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '장애인 (국가유공자 중 상이자 포함)',
        'person with a disability (including wounded national merit holders)',
      ),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      all(
        t('보훈대상자 (상이자)', 'veteran (wounded)'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        judgement(
          t('국가유공자 중 상이자', 'a wounded national merit holder'),
          t('보훈 구분·상이 등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
        ),
      ),
    ),
    judgement(
      t(
        '장애인 예비창업자 또는 창업 3년 미만 장애인기업 (개인서비스업·안마업 등 일부 업종 제외), 입주 심사',
        'a disabled would-be founder or a disability-owned business under 3 years old (some trades such as personal services and massage excluded), selected for a place',
      ),
      t('사업계획서·서류·면접 심사', 'business plan, document and interview review'),
    ),
  ),
  benefit: {
    description: t(
      '장애인기업종합지원센터(서울·지역) 내 창업보육실(입주 1년, 최대 3년; 보증금 평당 10만 원, 관리비 평당 월 1만 원), 전담 매니저, 경영·교육·컨설팅·마케팅·애로상담',
      'Incubator offices in the disability business support centres (1 year, up to 3; deposit KRW 100,000 per pyeong, service charge 10,000 per pyeong a month), a dedicated manager, management, training, consulting, marketing and problem-solving',
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
  parameters,
  cases,
});
