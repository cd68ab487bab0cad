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
  title: '복지로 이주배경 청소년 지원 (WLF00001114), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001114&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「이주배경청소년 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'migrantYouth.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'migrantYouth.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001114',
  version: '2026.1',
  name: t('이주배경 청소년 지원', 'Support for youth with a migration background'),
  ministry: '성평등가족부',
  bureau: '학교밖청소년지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '만 9~24세 이주배경 청소년(다문화가정 청소년, 중도입국 청소년, 외국인가정 청소년, 북한이탈 청소년 등)에게 레인보우스쿨 한국어·진로교육, 북한이탈청소년 사회적응 지원, 상담을 제공합니다.',
    'Youth aged 9 to 24 with a migration background (from multicultural families, arriving mid-childhood, from foreign families, or North Korean defectors) get Korean and career education at Rainbow Schools, social-adjustment support for defector youth, and counselling.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('migrantYouth.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('migrantYouth.maxAge')),
    any(
      t('이주배경 청소년', 'youth with a migration background'),
      someMember(
        t('다문화가족 구성원', 'member of a multicultural family'),
        cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
      ),
      cmp(t('북한이탈 청소년', 'North Korean defector youth'), fact('northKoreanDefector'), '==', lit(true)),
      cmp(
        t('외국 국적 (외국인가정 청소년)', 'foreign nationality (youth from a foreign family)'),
        v('person.nationality'),
        '!=',
        lit('KR', t('대한민국', 'Korea')),
      ),
      judgement(
        t('중도입국 청소년 등 그 밖의 이주배경', 'other migration background (e.g. arrived mid-childhood)'),
        t(
          '입국 경위·이주배경 확인 (이주배경청소년지원재단)',
          'migration background (Foundation for Youth with Migration Backgrounds)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '레인보우스쿨(단계별 한국어·진로·자격증 교육, 사회적응 프로그램), 북한이탈청소년 사회적응 지원, 상담 및 상담통역 지원',
      'Rainbow School (step-by-step Korean, career and certificate courses, social-adjustment programmes), social-adjustment support for defector youth, counselling with interpreters',
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
