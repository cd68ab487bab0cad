import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 아동발달지원계좌(디딤씨앗통장)지원 (WLF00003258), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003258&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「아동발달지원계좌(디딤씨앗통장)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childDevelopmentAccount.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'childDevelopmentAccount.matchRatio',
    label: t('정부 매칭 비율 (아동 적립액 대비)', 'government match per won saved'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'childDevelopmentAccount.matchedSavingCap',
    label: t('1:2 매칭 대상 월 적립액 한도', 'monthly saving matched 1:2, up to'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000 }, sources: [booklet] }],
  },
  {
    id: 'childDevelopmentAccount.monthlyMatchMax',
    label: t('월 최대 정부 지원액', 'maximum monthly government match'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'childDevelopmentAccount.monthlySavingMax',
    label: t('아동 월 최대 적립액', 'maximum monthly saving by the child'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003258',
  version: '2026.1',
  name: t('아동발달지원계좌(디딤씨앗통장)지원', 'Child Development Account (Didim Seed account)'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '취약계층 아동의 사회진출 시 학자금･취업･창업･주거마련 등에 소요되는 초기비용 마련을 위한 자산형성을 지원합니다.',
    'Helps vulnerable children build assets for the start-up costs of adult life — tuition, jobs, starting a business or housing.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('childDevelopmentAccount.maxAge')),
    any(
      t(
        '보호대상아동, 소년소녀가정 또는 기초생활수급자 가정 아동',
        'a child in care, in a child-headed household or in an NBLSS household',
      ),
      cmp(
        t(
          '아동복지시설·공동생활가정·가정위탁 보호아동',
          'child in a children’s home, group home or foster care',
        ),
        fact('fosterCare'),
        '==',
        lit(true),
      ),
      cmp(
        t('장애인시설 등 보장시설 생활아동', 'child living in a disability or other welfare facility'),
        fact('facilityResident'),
        '==',
        lit(true),
      ),
      cmp(t('소년소녀가정 아동', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
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
    ),
  ),
  benefit: {
    description: t(
      '아동이 후원 등으로 적립하면 국가(지자체)가 적립액의 2배를 지원 (아동 적립 월 최대 50만 원 중 5만 원까지 1:2 매칭, 월 최대 10만 원)',
      'The state (local government) adds twice what the child saves: of up to 500,000 saved a month, the first 50,000 is matched 1:2, so at most 100,000 a month',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters: parameters,
  cases,
});
