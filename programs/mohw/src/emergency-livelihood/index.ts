import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import {
  emergencyAssetLimit,
  emergencyFinancialAssetLimit,
  emergencyIncomeLimit,
} from '../emergency-welfare-means.js';
import { cases } from './cases.js';

const record = (servId: string, servNm: string): Source => ({
  title: `복지로 ${servNm} (${servId}) 2026 상세`,
  url: `https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=${servId}&wlfareInfoReldBztpCd=01`,
  status: 'official',
});
const bokjiro = record('WLF00003180', '긴급복지 생계지원');
// The income and asset criteria are shared by every 긴급복지 program; each 2026 record states them.
const medical = record('WLF00003179', '긴급복지 의료지원');
const housing = record('WLF00000917', '긴급복지 주거지원');
const fuel = record('WLF00001162', '긴급복지 연료비 및 전기요금');

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyWelfare.incomeRatio',
    label: {
      ko: '긴급복지 소득기준 (기준 중위소득 대비)',
      en: 'emergency welfare income limit (ratio of median)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 0.75 },
        sources: [bokjiro, medical, housing, fuel],
        note: '기준 중위소득 75% 이하 (공표 예시: 1인 1,923천원, 4인 4,871천원 — 천원 단위 표기)',
      },
    ],
  },
  {
    id: 'emergencyWelfare.assetCap',
    label: { ko: '긴급복지 재산기준 (지역별)', en: 'emergency welfare asset limit (by area)' },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { metro: 241000000, smallCity: 152000000, rural: 130000000 } },
        sources: [bokjiro, medical, housing, fuel],
      },
    ],
  },
  {
    id: 'emergencyWelfare.assetCapWithResidentialDeduction',
    label: {
      ko: '긴급복지 재산기준 (주거용재산 공제한도액 적용 시)',
      en: 'emergency welfare asset limit (with the residential-property deduction)',
    },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { metro: 310000000, smallCity: 194000000, rural: 165000000 } },
        sources: [bokjiro, medical, housing],
        note: '연료비·전기요금 기록(WLF00001162)은 대도시의 주거용재산 공제 적용 기준을 적지 않음 (중소도시·농어촌만)',
      },
    ],
  },
  {
    id: 'emergencyWelfare.financialAssetCap',
    label: {
      ko: '긴급복지 금융재산 기준 (가구원 수별)',
      en: 'emergency welfare financial-asset limit (by household size)',
    },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { '1': 8564000, '4': 12494000 } },
        sources: [bokjiro, medical, housing, fuel],
        note: '가구원수별 생활준비금 + 600만원. 출처는 1인·4인 금액만 제시: 그 밖의 가구 규모는 값 없음 (미결정)',
      },
    ],
  },
  {
    id: 'emergencyWelfare.financialAssetAddition',
    label: {
      ko: '금융재산 기준 중 생활준비금에 더하는 금액',
      en: 'amount added to the living-preparation sum in the financial-asset limit',
    },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 6000000 },
        sources: [bokjiro, medical, housing, fuel],
        note: '생활준비금은 0원 이상이므로 금융재산이 이 금액 이하이면 가구 규모와 관계없이 기준 충족',
      },
    ],
  },
  {
    id: 'emergencyWelfare.livelihoodAmount',
    label: {
      ko: '긴급복지 생계지원액 (가구원 수별)',
      en: 'emergency livelihood support (by household size)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'bySize',
          values: [783000, 1286600, 1644000, 1994600, 2324400, 2636700],
          extraPerMember: 301700,
        },
        sources: [bokjiro],
        note: '7인 이상: 1인 증가 시마다 301,700원 추가',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003180',
  version: '2026.1',
  name: t('긴급복지 생계지원', 'Emergency livelihood support'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '주소득자 사망·실직, 중한 질병 등 위기사유로 생계가 어려워진 가구 중 소득이 기준 중위소득 75% 이하이고 재산·금융재산 기준 이하인 가구에 생계비를 정액 지원합니다.',
    'Households in a crisis (loss of the main earner, serious illness, …) with income at most 75% of the median and assets within the limits receive a flat monthly livelihood payment.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('가구원에게 위기사유 발생', 'a member is in a crisis situation'),
      cmp(t('위기사유', 'crisis situation'), fact('crisis'), '==', lit(true)),
    ),
    emergencyIncomeLimit(),
    emergencyAssetLimit(),
    emergencyFinancialAssetLimit(),
  ),
  benefit: {
    description: t(
      '가구원 수별 정액 (2026): 1인 783,000원 … 6인 2,636,700원, 7인 이상 1인당 301,700원 추가 (냉방비 포함). 지원 기간·연장은 상세 기록에 없음',
      'Flat amount by household size (2026): 783,000 for 1 person … 2,636,700 for 6, +301,700 per extra member (includes summer cooling). How long it is paid and its extension are not in the detail record',
    ),
    amount: (ctx) => {
      const size = Number(ctx.get('household.size'));
      const amountKrw = ctx.param('emergencyWelfare.livelihoodAmount', size);
      return {
        amountKrw,
        lines: [
          { label: t('가구원 수', 'household size'), value: size },
          { label: t('생계지원액', 'livelihood support'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['self', 'family', 'neighbour', 'caseworker'])
        .meta({ label: t('신고·신청인 구분', 'who reports or applies') }),
      crisisDescription: z
        .string()
        .min(1)
        .max(2000)
        .meta({ label: t('위기상황 내용', 'description of the crisis') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('지원금 수령 계좌', 'bank account for payments') }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage') }),
    }),
    evidence: [
      { id: 'application', label: t('긴급지원 신청서', 'emergency support application'), required: true },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
      {
        id: 'crisisEvidence',
        label: t(
          '위기사유 확인 서류 (진단서, 실직·폐업 확인 등; 사후 제출 가능)',
          'proof of the crisis (diagnosis, job loss, …; may follow later)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00001132',
      kind: 'exclusive',
      reason: t(
        '다른 법률에 따라 같은 내용의 구호·보호·지원(생계급여 등)을 받고 있으면 긴급지원을 하지 않음',
        'no emergency support while the same kind of relief (e.g. the livelihood benefit) is received under another law',
      ),
      source: { title: '긴급복지지원법 제3조제2항 (참고자료에서 원문 재확인 안 됨 ⚠)', status: 'secondary' },
    },
  ],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
