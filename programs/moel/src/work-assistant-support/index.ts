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
  title: '복지로 근로지원인 지원 (WLF00006252), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006252&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 근로지원인」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'workAssistant.hourlyRate',
    label: t('근로지원인 지원단가 (시간당)', 'work assistant rate per hour'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9860 }, sources: [booklet0] }],
  },
  {
    id: 'workAssistant.hourlyRateSpecial',
    label: t(
      '수어통역·점역교정·속기 근로지원인 지원단가 (시간당)',
      'rate per hour for sign-language, braille and stenography assistants',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 11_832 }, sources: [booklet0] }],
  },
  {
    id: 'workAssistant.selfPayHourly',
    label: t('본인 자부담 (시간당)', 'own contribution per hour'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006252',
  version: '2026.1',
  name: t('근로지원인 지원', 'Work assistants for workers with severe disabilities'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애로 부수적인 업무를 수행하는데 어려움을 겪고 있는 중증장애인 근로자에게 근로지원인을 배치하여 안정적·지속적인 직업생활을 지원합니다.',
    'Assigns a work assistant to workers with severe disabilities who find ancillary tasks hard because of their disability, for a stable and lasting working life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('중증 장애 (장애 정도 심한)', 'severe disability'),
      fact('disability', 'severity'),
      '==',
      lit('severe'),
    ),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '핵심 업무 수행 능력은 있으나 장애로 부수적인 업무(서류대독·물품이동·의사소통·고객응대·심리적응 등) 수행이 어려움',
        'can do the core tasks but disability makes ancillary tasks (reading documents, moving items, communication, customer contact, psychological adjustment) hard',
      ),
      t('현장조사와 평가 (한국장애인고용공단)', 'on-site review and assessment (KEAD)'),
    ),
  ),
  benefit: {
    description: t(
      '근로지원인 배치: 지원단가 시간당 9,860원(수어통역·점역교정·속기 11,832원), 본인 부담 시간당 300원',
      'A work assistant at 9,860 an hour (11,832 for sign-language, braille and stenography), with an own contribution of 300 an hour',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
