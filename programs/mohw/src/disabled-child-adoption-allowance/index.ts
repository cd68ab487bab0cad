import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애아동입양 양육보조금 (WLF00001021), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001021&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애아동 입양양육 지원」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 장애아동입양 양육보조금 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001021&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledChildAdoptionAllowance.maxAge',
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
    id: 'disabledChildAdoptionAllowance.monthlySubsidy',
    label: { ko: '양육보조금 (월)', en: 'child-rearing subsidy (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2022-01-01',
        value: { type: 'byKey', values: { severe: 627000, other: 551000 } },
        sources: [crawl],
        note: '2024 책자 「입양아동 지원」도 장애 정도에 따라 월 55만 1,000원~62만 7,000원으로 기재',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001021',
  version: '2026.1',
  name: t('장애아동입양 양육보조금', 'Child-rearing subsidy for families adopting a disabled child'),
  ministry: '보건복지부',
  bureau: '입양정책팀',
  legalBasis: [t('입양특례법', 'Special Adoption Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애 아동을 입양한 가정에 양육보조금을 지원하여 장애아동의 국내입양 활성화 및 건전육성을 도모합니다.',
    'Pays a child-rearing subsidy to families who adopt a disabled child, encouraging domestic adoption of disabled children and their healthy upbringing.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '입양특례법에 따라 허가받은 기관을 통해 국내 입양된 아동',
        'adopted domestically through a licensed agency under the Special Adoption Act',
      ),
      t('입양 사실 확인 (입양기관·가족관계증명서)', 'proof of adoption'),
    ),
    any(
      t('장애 또는 질환 아동', 'child with a disability or illness'),
      cmp(
        t(
          '장애인 등록 (입양 당시 또는 입양 후 선천적 요인)',
          'registered disability (at adoption, or congenital and found later)',
        ),
        fact('disability'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '입양 당시 질환(조산·체중미달·분만장애·유전 등) 또는 입양 후 선천적 질환 발생',
          'illness at adoption (prematurity, low weight, birth injury, genetic) or congenital illness found later',
        ),
        t('대학병원급 전문의 소견서·진단서', 'specialist’s certificate from a university-level hospital'),
      ),
    ),
    any(
      t('만 18세까지 (재학 중이면 졸업 시까지)', 'up to 18 (until graduation if still at school)'),
      cmp(
        t('만 18세 이하', 'aged 18 or under'),
        v('person.age'),
        '<=',
        param('disabledChildAdoptionAllowance.maxAge'),
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
      '장애의 정도가 심한 장애 입양아동 월 62만 7,000원, 그 외 장애·질환 입양아동 월 55만 1,000원 (2022; 2024 책자 동일 범위)',
      '627,000 a month for adopted children with severe disabilities, 551,000 for other disabled or ill adopted children (2022; same range in the 2024 booklet)',
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
      {
        id: 'diagnosis',
        label: t('장애인등록증 또는 전문의 소견서', 'disability card or specialist’s certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
