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
  title: '복지로 (북한이탈주민)주택알선 지원 (WLF00000815), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000815&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 주택알선 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorHousingPlacement.depositSupportSingle',
    label: t('임대보증금 지원 (1인 세대 기준)', 'rental deposit support (one-person household)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 16000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000815',
  version: '2026.1',
  name: t('(북한이탈주민)주택알선 지원', 'Housing placement for North Korean defectors'),
  ministry: '통일부',
  bureau: '교육기획과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['multicultural'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '탈북민의 안정적 정착과 자립능력 제고를 위하여 하나원 교육기간 중 주택알선을 통해 주택을 배정합니다.',
    'Assigns housing through placement during Hanawon education, for the stable settlement and self-reliance of North Korean defectors.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    judgement(
      t(
        '하나원 교육기간 중 주거 희망지역 신청 (정착 초기 보호대상자)',
        'applies for a home region during Hanawon education (newly protected defector)',
      ),
      t(
        '보호결정과 하나원 교육 기간 (통일부)',
        'protection decision and Hanawon education period (unification ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '하나원에서 임대주택 알선과 임대보증금 지원 (1인 세대 기준 16,000,000원; 2024년 기준)',
      'Rental housing placement and deposit support at Hanawon (16,000,000 for a one-person household; 2024)',
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
