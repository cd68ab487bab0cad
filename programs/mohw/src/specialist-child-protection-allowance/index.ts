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
  title: '복지로 전문아동보호비 지원 (WLF00005032), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005032&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정위탁아동 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'specialistChildProtection.monthly',
    label: t('전문아동보호비 (아동 1인당 월)', 'specialist protection allowance per child (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00005032',
  version: '2026.1',
  name: t('전문아동보호비 지원', 'Specialist child protection allowance'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '위기아동 가정보호 및 전문가정위탁 시 양육의 전문성을 갖춘 보호가정에서 전문적인 보호가 이루어질 수 있도록 비용을 지원합니다.',
    'Pays for specialist protection by qualified carers in crisis-child home protection and specialist foster care.',
  ),
  criteria: all(
    undefined,
    cmp(t('보호대상아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
    judgement(
      t(
        '전문가정위탁 또는 위기아동 가정보호 대상 (학대피해 아동, 2세 이하 아동 등)',
        'placed in specialist foster care or crisis-child home protection (abused children, children aged 2 or under, …)',
      ),
      t('전문가정위탁·위기아동 가정보호 결정 (시군구)', 'placement decision (local government)'),
    ),
  ),
  benefit: {
    description: t(
      '전문가정위탁·위기아동 가정보호 대상 아동 1인당 월 100만 원',
      '1,000,000 a month per child in specialist foster care or crisis-child home protection',
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
