import {
  all,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 지역아동센터 지원 (WLF00001107), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001107&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「지역아동센터 지원」', status: 'official' };
const crawl: Source = {
  title: '복지로 지역아동센터 지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001107&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'localChildrensCentres.ageLimit',
    label: { ko: '이용 아동 연령 (만 나이 미만)', en: 'child age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001107',
  version: '2026.1',
  name: t('지역아동센터 지원', 'Local children’s centres'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['multicultural', 'disability', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '방과후 돌봄이 필요한 지역사회 아동의 건전육성을 위하여 보호·교육, 건전한 놀이와 오락의 제공, 보호자와 지역사회의 연계 등 종합적인 복지서비스를 제공합니다.',
    'Provides comprehensive welfare services for children in the community who need after-school care: protection and education, healthy play and recreation, and links between carers and the community.',
  ),
  criteria: all(
    t(
      '방과후 돌봄이 필요한 18세 미만 초·중학생',
      'primary or middle-school pupil under 18 needing after-school care',
    ),
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('localChildrensCentres.ageLimit')),
    cmp(
      t('초등학교·중학교 재학', 'enrolled in primary or middle school'),
      fact('student', 'level'),
      'in',
      lit(['elementary', 'middle']),
    ),
  ),
  benefit: {
    description: t(
      '보호(급식 등)·교육(숙제지도 등)·문화(체험·캠프)·정서지원(상담·사례관리)·지역사회 연계. 필수 운영시간 학기 중 14:00~20:00, 방학 중 12:00~17:00. 이용아동의 50% 이상은 우선돌봄아동(저소득·장애·다문화·한부모·조손·다자녀 등) 배정',
      'Care (meals), education (homework help), culture (trips, camps), emotional support (counselling, case management) and community links. Core hours 14:00–20:00 in term, 12:00–17:00 in holidays. At least half the places go to priority children (low-income, disabled, multicultural, single-parent, grandparent, multi-child families, …)',
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
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
