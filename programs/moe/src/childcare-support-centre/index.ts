import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 육아종합지원서비스 제공 (WLF00000030), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000030&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「육아종합지원센터」',
  status: 'official',
};
const bkChildcareAges: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「0~2세 보육료 지원」·「3~5세 누리과정 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childcareSupportCentre.infantMaxAge',
    label: {
      ko: '영유아 연령 상한 (만 나이, 이하)',
      en: 'upper age of infants and young children (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5 },
        sources: [bkChildcareAges],
        note: '「육아종합지원센터」 대상(영유아, 영유아 부모 및 양육자)에 연령이 없어, 같은 책자의 영유아 보육·교육 지원 연령(0~2세 보육료, 3~5세 누리과정 = 만 0~5세)을 적용',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000030',
  version: '2026.1',
  name: t('육아종합지원서비스 제공', 'Childcare Support Centre Services'),
  ministry: '교육부',
  bureau: '영유아정책총괄과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'household',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'service',
  cycle: 'quarterly',
  summary: t(
    '영유아와 부모를 위한 종합적인 육아종합서비스를 제공하는 육아종합지원센터 운영비를 지원합니다.',
    'Funds the running costs of childcare support centres, which offer comprehensive childcare services to infants, young children and their parents.',
  ),
  criteria: all(
    undefined,
    someMember(
      t(
        '가구에 영유아가 있음 (영유아와 부모·양육자가 이용)',
        'the household has an infant or young child (used by the child and its parents or carers)',
      ),
      cmp(
        t('영유아 (만 나이 기준 이하)', 'infant or young child (at most the age limit)'),
        v('person.age'),
        '<=',
        param('childcareSupportCentre.infantMaxAge'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '육아종합지원센터에서 부모교육·부모상담, 시간제보육 운영 지원, 도서·장난감 대여, 놀이 공간 및 체험프로그램 제공 (센터 운영비 지원)',
      'At childcare support centres: parent education and counselling, hourly-childcare support, book and toy lending, play spaces and activity programmes (the centres’ running costs are funded)',
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
  sources: [catalogue, booklet, bkChildcareAges],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
