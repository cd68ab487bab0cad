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
  title: '복지로 경제적 신체적 배려대상자 병역이행 지원 (WLF00006256), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006256&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「경제적 배려대상자 지원」',
  status: 'official',
};
const booklet2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「신체적 배려대상자 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'considerateMilitaryServiceSupport.recruitBonusPoints',
    label: t(
      '모집병 지원 가산점 (생계급여 수급자)',
      'bonus points when applying as a volunteer (livelihood-benefit recipients)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] }],
  },
  {
    id: 'considerateMilitaryServiceSupport.remissionYears',
    label: t('혈액암 관해 후 경과 기간 (이상)', 'years in remission for blood cancer (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006256',
  version: '2026.1',
  name: t(
    '경제적 신체적 배려대상자 병역이행 지원',
    'Military service support for economically and physically disadvantaged people',
  ),
  ministry: '병무청',
  bureau: '병역공개과',
  legalBasis: [
    t(
      '병역법 제64조제1항제1호 (신체적 배려대상자 병역감면)',
      'Military Service Act art. 64(1)1 (exemption for physically disadvantaged people)',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome', 'singleParent'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '경제적, 신체적 배려대상자가 병역이행을 원활히 할 수 있도록 도움을 주기 위해 9개 지원분야를 선정하여 지원합니다.',
    'Supports economically and physically disadvantaged people in nine fields so that they can fulfil their military service smoothly.',
  ),
  criteria: any(
    t('경제적 또는 신체적 배려대상자', 'economically or physically disadvantaged'),
    any(
      t(
        '경제적 배려대상자: 기초생활수급자·차상위계층·한부모가족지원대상자',
        'economically: NBLSS recipient, near-poor, or single-parent family support',
      ),
      any(
        t(
          '기초생활보장 수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
        ),
        cmp(
          t('생계급여 수급 가구', 'household receives the livelihood benefit'),
          receives(
            'WLF00001132',
            t('생계급여 수급 가구', 'household receives the livelihood benefit'),
            'household',
          ),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급 가구', 'household receives the medical aid'),
          receives('WLF00000102', t('의료급여 수급 가구', 'household receives the medical aid'), 'household'),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급 가구', 'household receives the housing benefit'),
          receives(
            'WLF00003201',
            t('주거급여 수급 가구', 'household receives the housing benefit'),
            'household',
          ),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급 가구', 'household receives the education benefit'),
          receives(
            'WLF00001089',
            t('교육급여 수급 가구', 'household receives the education benefit'),
            'household',
          ),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 가구원', 'a near-poor household member'),
        cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('한부모가족 지원대상 가구원', 'a household member with single-parent family support'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
    all(
      t(
        '신체적 배려대상자: 중증질환이 확진된 병역판정검사대상자',
        'physically: due for the conscription examination with a confirmed serious disease',
      ),
      cmp(
        t(
          '희귀·중증질환 또는 암 (산정특례 등록)',
          'rare or severe disease, or cancer (special copay registration)',
        ),
        fact('illness', 'kind'),
        'in',
        lit(['rare', 'severe', 'cancer']),
      ),
      judgement(
        t(
          '병역판정검사대상자로 대상 질환(재생불량성빈혈, 백혈병, 골수이형성증후군, 악성림프종, 관해 후 5년 이상 경과한 혈액암, 애디슨씨병, 랑게르한스 조직구증, 선천성 면역결핍질환) 확진',
          'due for the examination with a listed disease confirmed (aplastic anaemia, leukaemia, myelodysplastic syndrome, malignant lymphoma, blood cancer 5+ years in remission, Addison’s disease, Langerhans cell histiocytosis, congenital immunodeficiency)',
        ),
        t(
          '병무용 진단서·의무기록 (지방병무청 서류심사)',
          'medical certificate and records (regional military manpower office)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '경제적 배려: 모집병 지원 시 가산점 4점(생계급여 수급자), 현역병 입영일자 희망시기 반영, 병역판정검사 시 우선 위탁검사, 사회복무요원 겸직 허가, 산업기능요원 편입 우선순위, 병역처분변경원 진단서 발급비용·여비 지원 등. 신체적 배려: 병역판정검사 없이 서류심사로 병역 처분',
      'Economic: 4 bonus points when volunteering (livelihood-benefit recipients), preferred enlistment month, priority outsourced examinations, permission for side jobs in social service, priority as industrial technical personnel, costs of certificates and travel for a disposition change, and more. Physical: a service disposition on documents without the examination',
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
  sources: [catalogue, booklet, booklet2],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
