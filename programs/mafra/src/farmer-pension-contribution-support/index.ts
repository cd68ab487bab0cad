import {
  all,
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
  title: '복지로 농업인 연금보험료 지원 (WLF00001097), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001097&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「농어업인 연금보험료 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'farmerPensionSupport.supportRate',
    label: t('지원율 (최대)', 'support rate (maximum)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'farmerPensionSupport.monthlyMax',
    label: t('월 지원 한도', 'monthly cap'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 46350 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001097',
  version: '2026.1',
  name: t('농업인 연금보험료 지원', 'National Pension contribution support for farmers and fishers'),
  ministry: '농림축산식품부',
  bureau: '농촌사회서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국민연금 지역가입자·지역임의계속가입자인 농어업인에게 본인부담 연금보험료의 최대 50%(월 최대 4만 6,350원)를 지원합니다.',
    'Farmers and fishers who are regional (or voluntarily continued regional) National Pension members get up to 50% of their contribution (at most 46,350 a month).',
  ),
  criteria: all(
    undefined,
    cmp(t('농어업인', 'farmer or fisher'), fact('farmerFisher'), '==', lit(true)),
    judgement(
      t(
        '국민연금 지역가입자 또는 지역임의계속가입자',
        'regional or voluntarily continued regional National Pension member',
      ),
      t(
        '국민연금 가입 종별 (국민연금공단)',
        'type of National Pension membership (National Pension Service)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인부담 국민연금 보험료의 최대 50% 지원 (월 최대 46,350원)',
      'up to 50% of the member’s pension contribution (at most 46,350 a month)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
