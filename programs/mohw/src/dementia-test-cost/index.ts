import {
  all,
  cmp,
  defineProgram,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 치매검사비 지원 (WLF00005004), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005004&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「치매검진 지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'dementiaTestCost.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'dementiaTestCost.incomeShare',
    label: t(
      '진단·감별검사 소득기준 (기준 중위소득 대비)',
      'income limit for diagnostic tests (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [booklet] }],
  },
  {
    id: 'dementiaTestCost.diagnosticCap',
    label: t('진단검사비 지원 한도', 'diagnostic test limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 150000 }, sources: [booklet] }],
  },
  {
    id: 'dementiaTestCost.differentialCap',
    label: t('감별검사비 지원 한도', 'differential test limit'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { clinicOrGeneralHospital: 80000, tertiaryHospital: 110000 } },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00005004',
  version: '2026.1',
  name: t('치매검사비 지원', 'Dementia test cost support'),
  ministry: '보건복지부',
  bureau: '노인건강과',
  legalBasis: [t('치매관리법', 'Dementia Management Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '치매조기검진을 통해 치매를 예방하고 진행을 완화하며, 이에 대한 검사비 부담을 경감합니다.',
    'Early dementia screening to prevent dementia and slow its progress, with less burden from test costs.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 60세 이상', 'aged 60 or over'), v('person.age'), '>=', param('dementiaTestCost.minAge')),
    cmp(
      t(
        '가구 소득이 기준 중위소득 120% 이하 (진단·감별검사)',
        'household income at most 120% of the median (diagnostic tests)',
      ),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 120%', 'median income × 120%'),
        param('median.income', { by: 'household.size' }),
        param('dementiaTestCost.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '선별검사(인지선별검사 CIST)는 보건소에서 무료, 진단검사비 15만 원 한도, 감별검사비 병·의원·종합병원 8만 원, 상급종합병원 11만 원 한도 지원 (협약병원)',
      'Free screening (CIST) at public health centres; diagnostic tests up to 150,000 and differential tests up to 80,000 (clinics, general hospitals) or 110,000 (tertiary hospitals) at partner hospitals',
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
