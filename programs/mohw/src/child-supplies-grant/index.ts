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
  title: '복지로 아동용품구입비 지원 (WLF00005033), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005033&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정위탁아동 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childSuppliesGrant.once',
    label: t(
      '아동용품구입비 (위탁가정 책정 시 1회, 권고액)',
      'child supplies grant (once, recommended amount)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00005033',
  version: '2026.1',
  name: t('아동용품구입비 지원', 'Child supplies grant for specialist foster and crisis-child homes'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '위기아동 가정보호 및 전문가정위탁 사업에 참여하는 가정에 아동 보호에 필요한 물품 구입을 위한 비용을 지원합니다.',
    'Pays families taking part in crisis-child home protection and specialist foster care for the supplies needed to protect the child.',
  ),
  criteria: all(
    undefined,
    cmp(t('보호대상아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
    judgement(
      t(
        '전문가정위탁 또는 위기아동 가정보호 가정에 새로 배치',
        'newly placed with a specialist foster or crisis-child home',
      ),
      t('위탁가정 책정 (시군구)', 'placement decision (local government)'),
    ),
  ),
  benefit: {
    description: t(
      '위탁가정 책정 시 1회 100만 원 지원 권고 (아동 보호에 필요한 물품 구입)',
      'A one-off 1,000,000 (recommended) when the foster home is set up, for the supplies the child needs',
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
