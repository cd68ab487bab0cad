import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산재근로자 대체인력지원 (WLF00006247), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006247&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「대체인력지원사업(사업주 지원)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'iaReplacement.minDays',
    label: t(
      '대체인력 고용 및 복귀 후 고용 유지 기간 (일 이상)',
      'replacement hiring and post-return employment (days, at least)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [booklet0] }],
  },
  {
    id: 'iaReplacement.maxMonths',
    label: t('지원 기간 최대', 'maximum support period'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet0] }],
  },
  {
    id: 'iaReplacement.wageShare',
    label: t('대체인력 임금 지원 비율', 'share of replacement wages paid'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet0] }],
  },
  {
    id: 'iaReplacement.monthlyCap',
    label: t('월 지원 한도', 'monthly limit'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600_000 }, sources: [booklet0] }],
  },
  {
    id: 'iaReplacement.firmSizeLimit',
    label: t('상시근로자 수 (미만)', 'workplace size (employees, fewer than)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006247',
  version: '2026.1',
  name: t('산재근로자 대체인력지원', 'Replacement staff subsidy for employers of injured workers'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '산재노동자의 신속한 사회·직업복귀 촉진을 위하여 산재노동자를 원직복귀 시킨 사업주에게 대체인력 임금의 일부를 지원합니다.',
    'Pays part of the wages of replacement staff to employers who take injured workers back into their original job, to speed their return to society and work.',
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
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '사업주가 치료 기간 중 대체인력을 30일 이상 신규 고용하고, 산재근로자를 원직장에 복귀시켜 30일 이상 고용 유지 (상시근로자 50인 미만 사업장)',
        'the employer hired replacement staff for 30+ days during treatment and kept the returning worker employed for 30+ days (workplaces with fewer than 50 employees)',
      ),
      t(
        '대체인력 고용 기간, 복귀 후 고용 유지 기간, 상시근로자 수 (근로복지공단)',
        'replacement hiring period, employment after return, number of employees (COMWEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '대체인력 고용일부터 산재근로자 원직복귀 전날까지 최소 30일~최대 6개월 동안 대체인력 임금의 50% (월 최대 60만 원)를 사업주에게 지원',
      'The employer receives 50% of the replacement worker’s wages (up to 600,000 a month) from hiring until the day before the injured worker returns, for 30 days to 6 months',
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
      employerName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('사업장명', 'employer') }),
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
