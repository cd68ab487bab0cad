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
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인보조기기 교부 (WLF00003211), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003211&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 보조기기 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 「장애인보조기기 교부」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'assistiveDeviceProvision.itemCount',
    label: t('지원 품목 수', 'number of device items'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 42 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003211',
  version: '2026.1',
  name: t('장애인보조기기 교부', 'Provision of assistive devices to low-income disabled people'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [
    t(
      '장애인·노인 등을 위한 보조기기 지원 및 활용촉진에 관한 법률',
      'Act on Assistive Devices for Disabled and Older Persons',
    ),
    t('장애인복지법 제32조', 'Act on Welfare of Persons with Disabilities art. 32'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability', 'lowIncome'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '생활이 어려운 저소득 장애인에게 장애인보조기구를 교부함으로써 생활능력 향상 및 복지증진을 도모합니다.',
    'Provides assistive devices to low-income disabled people in hardship to improve their ability to live independently and their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    any(
      t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
        ),
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
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 가구원', 'a certified near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
    ),
    judgement(
      t(
        '지원 장애유형 (지체·뇌병변·시각·청각·심장·호흡·발달·언어) 및 품목별 적격성',
        'an eligible disability type (physical, brain lesion, visual, hearing, cardiac, respiratory, developmental, speech) and fitness for the item',
      ),
      t(
        '장애유형 확인과 서비스지원 종합조사 (국민연금공단)',
        'disability type and the comprehensive service assessment (National Pension Service)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '장애유형별 42개 품목의 보조기기를 지원 금액 내에서 무료 교부 (시각·청각·지체·뇌병변·심장·호흡·발달·언어 장애 품목)',
      'Free provision, within the support amount, of assistive devices from 42 items by disability type (visual, hearing, physical, brain lesion, cardiac, respiratory, developmental, speech)',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters: parameters,
  cases,
});
