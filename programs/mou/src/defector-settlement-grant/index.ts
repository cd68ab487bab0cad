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
  title: '복지로 (북한이탈주민)정착금 지원 (WLF00003172), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003172&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 정착금 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorSettlementGrant.basicSingle',
    label: t('정착 기본금 (1인 세대 기준)', 'basic settlement grant (one-person household)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10000000 }, sources: [booklet] }],
  },
  {
    id: 'defectorSettlementGrant.additionalMax',
    label: t('정착 가산금 (취약계층, 최대)', 'additional grant for vulnerable people (maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15400000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003172',
  version: '2026.1',
  name: t('(북한이탈주민)정착금 지원', 'Settlement grant for North Korean defectors'),
  ministry: '통일부',
  bureau: '교육기획과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '북한에서 이주한 주민의 원활한 사회 정착을 위한 정착금과 주거지원금 등을 지원합니다.',
    'Pays settlement money, housing support and other grants so that people who came from North Korea can settle smoothly.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    judgement(
      t(
        '정착금 지급 대상 (보호결정을 받은 정착 초기 북한이탈주민, 정착금 미지급)',
        'entitled to the settlement grant (newly protected defector not yet paid)',
      ),
      t(
        '보호결정과 정착금 지급 이력 (통일부)',
        'protection decision and payment history (unification ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '기본금 1인 세대 기준 10,000,000원; 고령·장애·장기치료·한부모가정 아동보호·제3국 출생 자녀 양육 등 취약계층 가산금 최대 15,400,000원 (2024년 기준)',
      'Basic grant 10,000,000 for a one-person household; up to 15,400,000 extra for old age, disability, long-term treatment, single-parent child care or raising a child born in a third country (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
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
