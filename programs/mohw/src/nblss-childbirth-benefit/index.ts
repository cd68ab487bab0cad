import {
  all,
  any,
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
  title: '복지로 해산급여 (WLF00001135), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001135&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「맞춤형 기초생활보장제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'nblssChildbirthBenefit.perChild',
    label: { ko: '해산급여 (출생아 1명당)', en: 'childbirth benefit (per baby)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 700000 },
        sources: [book],
        note: '쌍둥이는 140만 원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001135',
  version: '2026.1',
  name: t('해산급여', 'NBLSS childbirth benefit'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '수급자 가구의 조산 및 분만전과 분만후의 출산에 필요한 조치와 보호를 위해 해산비를 지급합니다.',
    'Pays a childbirth benefit to recipient households for midwifery and the care and protection needed before and after delivery.',
  ),
  criteria: all(
    undefined,
    any(
      t('생계·의료·주거급여 수급자', 'livelihood, medical or housing benefit recipient'),
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
    any(
      t('출산(예정)', 'giving birth or expecting'),
      cmp(t('임신 중 (출산 예정)', 'pregnant (expecting)'), fact('pregnancy'), '==', lit(true)),
      judgement(t('출산함', 'has given birth'), t('출생 사실 확인', 'proof of birth')),
    ),
  ),
  benefit: {
    description: t(
      '출산(예정) 시 아이 1명당 70만 원 (쌍둥이 140만 원). 생계·의료·주거급여 수급자에게만 지급',
      '700,000 per baby (1,400,000 for twins). Only for livelihood, medical and housing benefit recipients',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('nblssChildbirthBenefit.perChild');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '출생아 1명당 해산급여 (다태아는 인원수만큼)',
              'per baby (multiplied for multiple births)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
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
        id: 'birthProof',
        label: t('출생증명서 또는 임신 확인서', 'birth certificate or proof of pregnancy'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
