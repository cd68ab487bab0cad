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
  title: '복지로 가정위탁아동 상해보험료 지원 (WLF00003268), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003268&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정위탁아동 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'fosterChildInsurance.premium',
    label: t('상해보험료 (연)', 'accident insurance premium (yearly)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 68500 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003268',
  version: '2026.1',
  name: t('가정위탁아동 상해보험료 지원', 'Accident insurance for children in foster care'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '가정위탁아동에 대해 상해보험을 가입하여 아동의 보호를 증진하고 위탁가정의 심리적, 경제적 부담을 완화합니다.',
    'Takes out accident insurance for children in foster care to protect them and ease the emotional and financial burden on foster families.',
  ),
  criteria: all(
    undefined,
    cmp(t('보호대상아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
    judgement(
      t('위탁가정에서 보호 중 (가정위탁)', 'placed with a foster family'),
      t('가정위탁 보호 결정 (시군구)', 'foster-care placement decision (local government)'),
    ),
  ),
  benefit: {
    description: t(
      '상해보험 단체 가입 (연 68,500원): 입원·통원 의료비 등 지급',
      'Group accident insurance (68,500 a year) covering hospital and outpatient costs and more',
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
