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
  title: '복지로 장애입양아동 의료비지원 (WLF00001121), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001121&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애 입양 아동 의료비 지원」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 장애입양아동 의료비지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001121&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledAdoptedChildMedicalCosts.maxAge',
    label: { ko: '지원 연령 (만 18세까지)', en: 'age limit (up to and including 18)' },
    unit: 'years',
    versions: [
      {
        from: '2022-01-01',
        value: { type: 'scalar', value: 18 },
        sources: [crawl],
        note: '초·중등교육법상 학교 재학 중이면 졸업 시까지',
      },
    ],
  },
  {
    id: 'disabledAdoptedChildMedicalCosts.annualCap',
    label: { ko: '의료비 지원 한도 (연)', en: 'medical-cost cap (annual)' },
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2600000 }, sources: [book] }],
  },
  {
    id: 'disabledAdoptedChildMedicalCosts.assistiveDeviceShare',
    label: {
      ko: '장애인 보조기구 의료비 한도 (연간 한도 대비)',
      en: 'assistive-device limit (share of the annual cap)',
    },
    unit: 'ratio',
    versions: [{ from: '2022-01-01', value: { type: 'scalar', value: 0.5 }, sources: [crawl] }],
  },
];

export default defineProgram({
  id: 'WLF00001121',
  version: '2026.1',
  name: t('장애입양아동 의료비지원', 'Medical costs for adopted children with disabilities'),
  ministry: '보건복지부',
  bureau: '입양정책팀',
  legalBasis: [t('입양특례법', 'Special Adoption Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '장애아동을 입양한 국내입양가정에 의료비를 지원하여 장애아동의 국내입양 활성화 및 건전육성을 도모합니다.',
    'Pays medical costs for domestic adoptive families of disabled children, encouraging domestic adoption of disabled children and their healthy upbringing.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('장애아동 입양 양육보조금 지급대상으로 결정됨', 'approved for the disabled-child adoption subsidy'),
      receives(
        'WLF00001021',
        t('장애아동 입양 양육보조금 지급대상으로 결정됨', 'approved for the disabled-child adoption subsidy'),
        'person',
      ),
      '==',
      lit(true),
    ),
    any(
      t('만 18세까지 (재학 중이면 졸업 시까지)', 'up to 18 (until graduation if still at school)'),
      cmp(
        t('만 18세 이하', 'aged 18 or under'),
        v('person.age'),
        '<=',
        param('disabledAdoptedChildMedicalCosts.maxAge'),
      ),
      cmp(
        t('초·중·고등학교 재학 (휴학 제외)', 'enrolled in primary, middle or high school (not on leave)'),
        fact('student', 'level'),
        'in',
        lit(['elementary', 'middle', 'high']),
      ),
    ),
  ),
  benefit: {
    description: t(
      '진료·상담·재활·치료(심리치료 포함) 비용 (급여·비급여 본인부담금)을 연 260만 원까지 지원. 장애인 보조기구는 연간 한도의 50% 이내',
      'Costs of treatment, counselling, rehabilitation and therapy (covered and non-covered copays) up to 2,600,000 a year; assistive devices up to 50% of the annual cap',
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
      { id: 'receipts', label: t('진료비 영수증', 'medical receipts'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00001021'],
  parameters,
  cases,
});
