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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 온가족보듬사업 (WLF00001098), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001098&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「온가족보듬사업」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'allFamilyCare.onePersonHouseholdSize',
    label: t('1인 가구 가구원 수', 'size of a one-person household'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'allFamilyCare.learningSupportMaxAge',
    label: t('학습정서지원 자녀 연령 (이하)', 'age of children for learning support (or under)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
  {
    id: 'allFamilyCare.dailyLifeHelpMaxAge',
    label: t('생활도움지원 (손)자녀 연령 (이하)', 'age of (grand)children for daily-life help (or under)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001098',
  version: '2026.1',
  name: t('온가족보듬사업', 'All-family care programme (family case management)'),
  ministry: '성평등가족부',
  bureau: '가족정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['multicultural', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '한부모가족, 다문화가족, 1인 가구, 노부모 부양가족, 손자녀 돌봄 조부모, 청소년(한)부모 등 가족기능 회복과 역량 강화를 희망하는 가족과 긴급위기가족에게 가족센터에서 가족상담, 사례관리, 교육·문화 프로그램과 자조모임, 긴급위기 지원을 제공합니다.',
    'Families wishing to restore family functioning (single-parent, multicultural, one-person households, families supporting elderly parents, grandparents raising grandchildren, teen parents, …) and families in an emergency get family counselling, case management, education and cultural programmes, self-help groups and crisis support at family centres.',
  ),
  criteria: all(
    undefined,
    any(
      t('대상 가족 유형', 'eligible family type'),
      someMember(
        t('한부모가족 지원 대상 가구원', 'a household member certified as a single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('다문화가족 구성원', 'member of a multicultural family'),
        cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
      ),
      cmp(
        t('1인 가구', 'one-person household'),
        v('household.size'),
        '==',
        param('allFamilyCare.onePersonHouseholdSize'),
      ),
      someMember(
        t('노부모를 부양하는 가족', 'family supporting elderly parents'),
        cmp(
          t('부모 또는 배우자의 부모', 'parent or parent-in-law'),
          v('person.relation'),
          'in',
          lit(['parent', 'parentInLaw']),
        ),
      ),
      someMember(
        t('손자녀를 돌보는 조부모 가족', 'grandparents raising grandchildren'),
        cmp(t('손자녀', 'grandchild'), v('person.relation'), 'in', lit(['grandchild'])),
      ),
    ),
    judgement(
      t(
        '가족기능 회복·역량 강화 희망 (사례관리 대상 판정)',
        'wishes to restore family functioning (case-management assessment)',
      ),
      t(
        '가족의 욕구와 사례관리 필요성 (가족센터 판정); 긴급위기가족 여부',
        'the family’s needs and case-management need (family centre); whether it is a family in an emergency',
      ),
    ),
  ),
  benefit: {
    description: t(
      '가족상담(부모-자녀·부부·이혼 전후), 사례관리(만 15세 이하 자녀 학습정서지원, 만 18세 이하 (손)자녀 양육 가족·노부모 부양가족 생활도움, 청소년(한)부모 심리상담·법률지원, 미혼모·부 출산·양육지원), 교육·문화 프로그램·자조모임, 긴급위기 심리정서·긴급돌봄 지원',
      'family counselling, case management (learning and emotional support for children 15 or under, daily-life help for families raising children 18 or under or supporting elderly parents, counselling and legal aid for teen parents, birth and parenting support for unmarried parents), education, cultural programmes and self-help groups, crisis support',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
