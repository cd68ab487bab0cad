import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산재근로자 생활안정자금융자 (WLF00001080), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001080&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 생활안정자금 융자」',
  status: 'official',
};
const medianNotice: Source = {
  title: '기준 중위소득 (보건복지부 고시 제2024-162호·제2025-135호), korea-welfare-rules.md §2.1',
  url: 'https://www.mohw.go.kr/menu.es?mid=a10708010900',
  status: 'derived',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'iaLivingLoan.incomeLimit',
    label: t(
      '산재근로자 생활안정자금 소득기준 (3인가구 기준 중위소득)',
      'income limit (3-person standard median income)',
    ),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 4_714_657 },
        sources: [booklet0],
        note: '2024년 3인가구 기준 중위소득 471만 4,657원',
      },
      {
        from: '2025-01-01',
        value: { type: 'scalar', value: 5_025_353 },
        sources: [medianNotice],
        note: '3인가구 기준 중위소득 (2025), 기준이 3인가구 중위소득 그 자체이므로 고시 금액',
      },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 5_359_036 },
        sources: [medianNotice],
        note: '3인가구 기준 중위소득 (2026), 기준이 3인가구 중위소득 그 자체이므로 고시 금액',
      },
    ],
  },
  {
    id: 'iaLivingLoan.householdCap',
    label: t('1세대당 융자 한도', 'loan limit per household'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'iaLivingLoan.medicalCap',
    label: t('의료비 융자 한도', 'medical-cost loan limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'iaLivingLoan.otherCap',
    label: t(
      '혼례비·장례비·취업안정자금·주택이전·차량구입 융자 한도 (각)',
      'wedding, funeral, job-stability, moving and car loan limit (each)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001080',
  version: '2026.1',
  name: t('산재근로자 생활안정자금융자', 'Living stability loans for injured workers'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'loan',
  cycle: 'asNeeded',
  summary: t(
    '산재노동자에게 생활안정 자금 융자를 통해 필요한 자금을 신속하게 지원하고 안정된 생활을 유지하도록 도와드립니다.',
    'Lends living-stability funds quickly to workers injured at work so that they can keep a stable life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
        'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
      ),
      receives(
        'WLF00005447',
        t(
          '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
          'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
        ),
        'person',
      ),
      '==',
      lit(true),
    ),
    cmp(
      t(
        '월평균소득이 3인가구 기준 중위소득 이하',
        'average monthly income at most the 3-person standard median income',
      ),
      v('person.monthlyIncome'),
      '<=',
      param('iaLivingLoan.incomeLimit'),
    ),
    judgement(
      t(
        '융자 대상: 유족급여 수급권자, 상병보상연금 수급자, 장해등급 1~9급 판정자, 5년 이상 요양 중인 이황화탄소(CS2) 질병판정자, 또는 3개월 이상 요양 중이고 평균임금이 최저임금 이하인 산재근로자(의료비·혼례비·장례비에 한정)',
        'loan groups: survivor-benefit holders, injury-and-disease pension recipients, disability grades 1–9, carbon-disulphide (CS2) disease cases in care for 5+ years, or workers in care for 3+ months whose average wage is at most the minimum wage (medical, wedding and funeral costs only)',
      ),
      t(
        '수급 급여 종류·장해등급·요양 기간·평균임금 (근로복지공단)',
        'benefit type, disability grade, care period and average wage (COMWEL)',
      ),
    ),
    cmp(
      t(
        '대한민국 국적 (외국인·재외동포는 신용보증 대상 제외)',
        'Korean nationality (foreigners and overseas Koreans are not eligible for the credit guarantee)',
      ),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '신용보증 대상 (신용도판단정보·공공정보 미등록, 구상금 미납·대부결정 취소 이력 없음)',
        'eligible for the credit guarantee (no adverse credit or public records, no unpaid recourse claims or cancelled loans)',
      ),
      t(
        '한국신용정보원 신용도판단정보·공공정보 및 공단 보증 이력',
        'credit records at the Korea Credit Information Services and COMWEL guarantee history',
      ),
    ),
  ),
  benefit: {
    description: t(
      '1세대당 2,000만 원까지 융자 (의료비 1,000만 원, 혼례비·장례비·취업안정자금·주택이전·차량구입 각 1,500만 원 이내). 1년 거치 4년, 2년 거치 3년, 3년 거치 2년 원금균등분할상환 중 선택',
      'Loans of up to 20,000,000 per household (medical costs up to 10,000,000; weddings, funerals, job stability, moving and car purchase up to 15,000,000 each), repaid in equal instalments after 1–3 years’ grace',
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
      loanPurpose: z
        .enum(['medical', 'wedding', 'funeral', 'jobStability', 'moving', 'car'])
        .meta({ label: t('융자 종류', 'loan purpose') }),
      amountKrw: z
        .number()
        .int()
        .min(1)
        .meta({ label: t('신청 금액 (원)', 'amount requested (KRW)') }),
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
  dependsOn: ['WLF00005447'],
  parameters: parameters,
  cases,
});
