import {
  all,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 다문화보육료지원 (WLF00001183), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001183&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「다문화 아동 보육료 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'multiculturalChildcareFee.maxAge',
    label: { ko: '다문화 아동 보육료 연령 상한 (만 나이, 이하)', en: 'age limit (full years, inclusive)' },
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet], note: '만 0~5세' },
    ],
  },
  {
    id: 'multiculturalChildcareFee.minMonthly',
    label: { ko: '다문화 아동 보육료 (월, 최저)', en: 'childcare fee (monthly, lowest by age)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 280000 }, sources: [booklet] }],
  },
  {
    id: 'multiculturalChildcareFee.maxMonthly',
    label: { ko: '다문화 아동 보육료 (월, 최고)', en: 'childcare fee (monthly, highest by age)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 540000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001183',
  version: '2026.1',
  name: t('다문화보육료지원', 'Childcare Fee Support for Children of Multicultural Families'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [
    t('영유아보육법', 'Infant Care Act'),
    t('다문화가족지원법', 'Multicultural Families Support Act'),
  ],
  target: 'person',
  lifeCycle: ['infant'],
  situations: ['multicultural'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '어린이집을 이용하는 다문화 가정의 영유아 자녀에게 보육료를 지원하여 부모의 양육에 대한 부담을 덜고, 부모가 원활한 경제활동을 할 수 있도록 돕습니다.',
    'Pays the daycare fees of infants and young children of multicultural families who attend a daycare centre, easing parents’ child-rearing costs and helping them stay in work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어린이집(보육시설) 이용', 'attends a daycare centre'),
      fact('daycareUse', 'kind'),
      '==',
      lit('daycare', t('어린이집', 'daycare')),
    ),
    cmp(t('만 0~5세', 'aged 0 to 5'), v('person.age'), '<=', param('multiculturalChildcareFee.maxAge')),
    someMember(
      t('다문화가족', 'multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
  ),
  benefit: {
    description: t(
      '나이에 따라 월 280,000원~540,000원의 보육료 지원',
      'Childcare fees of 280,000 to 540,000 a month depending on age',
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
  parameters: parameters,
  cases,
});
