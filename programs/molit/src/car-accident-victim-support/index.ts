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
  title: '복지로 자동차사고 피해자 지원사업 (WLF00006298), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006298&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const tsNotice: Source = {
  title:
    '봉화군 게시 「한국교통안전공단 대구경북본부 자동차사고 피해가족 지원제도 안내」(2024.4.24): 지원요건 — 자동차사고 사망·중증후유장애(1~4급) + 기초생활수급자 또는 차상위계층',
  url: 'https://www.bonghwa.go.kr/open.content/ko/participation/open.board/?i=59609&p=23',
  status: 'secondary',
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
    id: 'carAccidentVictimSupport.maxSevereGrade',
    label: {
      ko: '중증후유장애 후유장애등급 (이하)',
      en: 'lasting-disability grade counted as severe (at most)',
    },
    unit: 'count',
    versions: [
      {
        from: '2024-04-24',
        value: { type: 'scalar', value: 4 },
        sources: [tsNotice],
        note: '자동차손해배상 보장법 시행령 별표2 후유장애등급 1~4급',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006298',
  version: '2026.1',
  name: t('자동차사고 피해자 지원사업', 'Support for Car-Accident Victims and Their Families'),
  ministry: '국토교통부',
  bureau: '자동차운영보험과',
  legalBasis: [t('자동차손해배상 보장법', 'Guarantee of Automobile Accident Compensation Act')],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '자동차사고(교통사고)로 인한 사망 또는 중증후유장애로 인해 피해자 본인과 그 가족이 겪는 경제적·생활상의 어려움을 완화하고 생활안정을 지원합니다.',
    'Eases the financial and daily hardship that victims and their families face after a death or severe lasting disability from a car accident, and supports their living stability.',
  ),
  criteria: all(
    undefined,
    any(t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'), nblssAny(), nearPoorMember()),
    judgement(
      t(
        '자동차사고로 사망하거나 중증후유장애(후유장애등급 1~4급)를 입은 피해자 본인 또는 그 가족 (유자녀·피부양가족)',
        'the victim of a car-accident death or severe lasting disability (grades 1–4), or their family (children, dependants)',
      ),
      t('자동차사고 피해 사실과 후유장애등급', 'the accident and the lasting-disability grade'),
    ),
  ),
  benefit: {
    description: t(
      '재활보조금·피부양보조금·장학금·생활자금 무이자 대출·자립지원금 등 경제적 지원과 심리안정·멘토링 등 정서적 지원 (금액은 확인한 출처에 없음)',
      'Financial support (rehabilitation and dependant allowances, scholarships, interest-free living loans, self-reliance grants) and emotional support (counselling, mentoring); amounts not in the sources read',
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
  effective: { from: '2024-04-24' },
  sources: [catalogue, tsNotice],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: parameters,
  cases,
});
