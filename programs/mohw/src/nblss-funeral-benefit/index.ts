import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 장제급여 (WLF00003267), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003267&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「맞춤형 기초생활보장제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'funeralBenefit.amount',
    label: t('장제급여 (사망자 1인당)', 'funeral benefit per deceased person'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003267',
  version: '2026.1',
  name: t('장제급여', 'NBLSS funeral benefit'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('국민기초생활 보장법 제14조', 'National Basic Living Security Act art. 14')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '수급자가 사망하였을 경우 사체의 검안, 운반, 화장 또는 매장 등의 기타 장례를 하는데 필요한 금품을 지원합니다.',
    'When a recipient dies, pays the money needed for the funeral: examination of the body, transport, cremation or burial.',
  ),
  criteria: all(
    undefined,
    any(
      t('생계·의료·주거급여 수급 가구', 'household receiving the livelihood, medical or housing benefit'),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical aid recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급', 'housing benefit recipient'),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t('수급자가 사망하여 장례를 치름', 'a recipient has died and a funeral is held'),
      t(
        '수급자 사망 사실과 장례를 치르는 사람 (사망신고)',
        'death of the recipient and who holds the funeral (death registration)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사망자 1인당 80만 원을 장례를 치르는 사람에게 지급 (생계·의료·주거급여 수급자만)',
      '800,000 per deceased recipient, paid to the person holding the funeral (livelihood, medical and housing recipients only)',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201'],
  parameters: parameters,
  cases,
});
