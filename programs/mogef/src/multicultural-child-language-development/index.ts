import {
  all,
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
  title: '복지로 다문화가족 자녀 언어발달지원서비스 (WLF00003282), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003282&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「다문화가족 자녀 언어발달 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'multiculturalLanguage.maxAge',
    label: t('대상 자녀 연령 (만 나이, 이하)', 'child age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003282',
  version: '2026.1',
  name: t(
    '다문화가족 자녀 언어발달지원서비스',
    'Language development support for children of multicultural families',
  ),
  ministry: '성평등가족부',
  bureau: '다문화가족과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['multicultural', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '만 12세 이하 다문화가족 자녀의 언어발달 정도를 평가한 뒤 어휘·대화·읽기 등 언어발달 촉진교육을 제공합니다.',
    'Children of multicultural families aged 12 or under have their language development assessed and get language-development lessons (vocabulary, conversation, reading).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('multiculturalLanguage.maxAge')),
    someMember(
      t('다문화가족 구성원', 'member of a multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
    judgement(
      t('언어발달 평가 결과 교육 필요', 'assessment shows a need for lessons'),
      t(
        '언어발달 정도 평가 결과 (다문화가족지원센터)',
        'language-development assessment result (multicultural family support centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '언어발달 정도 평가, 어휘·대화·읽기 등 언어발달 촉진교육',
      'language-development assessment and lessons (vocabulary, conversation, reading)',
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
