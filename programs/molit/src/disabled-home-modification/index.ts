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
  title: '복지로 장애인 주택개조사업 (WLF00006260), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006260&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「농어촌 장애인 주택 개조」',
  status: 'official',
};

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
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
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledHomeModification.maxAmount',
    label: { ko: '주택 개조 지원 한도 (가구당)', en: 'home modification limit (per household)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3800000 },
        sources: [booklet],
        note: '2024년 농어촌 장애인 주택 개조 기준',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006260',
  version: '2026.1',
  name: t('장애인 주택개조사업', 'Home Modification for People with Disabilities'),
  ministry: '국토교통부',
  bureau: '주거복지정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['disability', 'lowIncome'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '저소득 장애인이 거주하는 주택의 편의시설·안전장치 설치·개선비용을 지원, 일상생활에서의 이동안전 및 활동편의 증진을 목적으로 합니다.',
    'Pays for accessibility features and safety devices in homes where low-income disabled people live, for safer movement and easier daily life.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('등록장애인이 거주', 'a registered disabled person lives there'),
      cmp(t('등록 장애', 'registered disability'), fact('disability'), '==', lit(true)),
    ),
    any(
      t('저소득 가구', 'low-income household'),
      nblssAny(),
      nearPoorMember(),
      judgement(
        t(
          '그 밖에 사업 지침의 저소득 기준 충족 (2024년 책자는 농어촌 거주 주거약자 대상)',
          'another low-income household under the programme rules (the 2024 booklet covered rural residents)',
        ),
        t('가구 소득과 사업 대상 지역', 'household income and the programme area'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '화장실 개조, 보조손잡이 설치, 문턱 낮추기, 싱크대 높이 조절, 주출입구 접근로, 경사로 설치 등 편의시설·안전장치 설치 (가구당 최대 3,800,000원, 자가·임대주택 모두)',
      'Bathroom adaptation, grab rails, lower thresholds, adjustable sinks, entrance paths and ramps (up to 3,800,000 per household, owned or rented homes)',
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
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: parameters,
  cases,
});
