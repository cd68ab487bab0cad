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
  title: '복지로 다문화가족 방문교육 서비스 (WLF00003192), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003192&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「다문화가족 방문교육 서비스」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'multiculturalHomeVisit.childMinAge',
    label: t('자녀생활서비스 최저 연령', 'child-life service minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'multiculturalHomeVisit.childMaxAge',
    label: t('자녀생활서비스 최고 연령 (이하)', 'child-life service maximum age (inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'multiculturalHomeVisit.koreanMaxYearsSinceEntry',
    label: t('한국어교육: 최초 입국 후 기간 (이하)', 'Korean lessons: years since first entry (or fewer)'),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5 },
        sources: [booklet],
        note: '5년이 지나도 임신·출산·취업 등 타당한 사유가 있으면 지자체장과 협의해 지원 가능',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003192',
  version: '2026.1',
  name: t('다문화가족 방문교육 서비스', 'Home-visit education for multicultural families'),
  ministry: '성평등가족부',
  bureau: '다문화가족과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'monthly',
  summary: t(
    '집합교육 참여가 어려운 다문화가족에 방문해 한국어교육(입국 5년 이하 결혼이민자·중도입국자녀), 부모교육(자녀를 양육하는 다문화가족), 자녀생활서비스(만 3~12세 다문화가족 자녀·중도입국자녀)를 제공합니다.',
    'Multicultural families who cannot attend group classes get home visits: Korean lessons (marriage migrants within 5 years of entry, children arriving mid-childhood), parenting education (families raising children) and child-life services (children aged 3 to 12).',
  ),
  criteria: all(
    undefined,
    someMember(
      t('다문화가족 구성원', 'member of a multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
    any(
      t('서비스 유형별 대상', 'target of a service type'),
      all(
        t('자녀생활서비스: 만 3~12세 자녀', 'child-life service: child aged 3 to 12'),
        cmp(
          t('만 3세 이상', 'aged 3 or over'),
          v('person.age'),
          '>=',
          param('multiculturalHomeVisit.childMinAge'),
        ),
        cmp(
          t('만 12세 이하', 'aged 12 or under'),
          v('person.age'),
          '<=',
          param('multiculturalHomeVisit.childMaxAge'),
        ),
      ),
      judgement(
        t(
          '한국어교육(입국 5년 이하 결혼이민자·중도입국자녀) 또는 부모교육(자녀 양육) 대상',
          'Korean lessons (marriage migrants within 5 years, children arriving mid-childhood) or parenting education (raising children)',
        ),
        t(
          '입국일·중도입국 여부·양육 자녀와 집합교육 참여 곤란 여부 (읍면동·가족센터)',
          'entry date, mid-childhood arrival, children raised and difficulty attending group classes (local office / family centre)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '한국어교육, 부모교육(생애주기별 각 1회: 임신·출산·영아기, 유아기, 아동기), 자녀생활서비스(학교생활·사회성 발달 지도); 세 서비스는 동시 제공 불가',
      'Korean lessons, parenting education (once per life stage: pregnancy and infancy, early childhood, childhood), child-life services (school life and social development); the three cannot be received at the same time',
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
