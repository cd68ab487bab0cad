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
  title: '복지로 보훈원 양육지원 (WLF00006304), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006304&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「양육지원」', status: 'official' };
const civilAct: Source = {
  title: '민법 제4조 (성년: 만 19세)',
  url: 'https://www.law.go.kr/법령/민법',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransHomeChildCare.adultAge',
    label: t('성년 연령 (미성년: 만 나이 미만)', 'age of majority (minors are under it)'),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 19 },
        sources: [civilAct],
        note: '출처 문서는 "미성년"이라고만 하며, 성년 연령은 민법 제4조에 따름',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006304',
  version: '2026.1',
  name: t('보훈원 양육지원', 'Child upbringing at the Veterans’ Home'),
  ministry: '국가보훈부',
  bureau: '복지서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['veteran'],
  provision: 'facility',
  cycle: 'monthly',
  summary: t(
    '부양의무자가 없는 국가유공자의 미성년 (손)자녀 및 제매에 대한 의식주 제공 및 교육지원 등을 통한 건강한 성장과 사회정착을 지원합니다.',
    'Provides food, clothing, shelter and education at the Veterans’ Home to minor (grand)children and younger siblings of persons of national merit who have no support obligor, for healthy growth and settlement in society.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 독립유공자, 국가유공자, 5·18민주유공자, 특수임무유공자',
        'veteran category: independence patriot, person of national merit, May 18 democracy merit, special-mission merit',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자', '국가유공자', '5·18민주유공자', '특수임무유공자']),
    ),
    cmp(
      t(
        '유공자의 (손)자녀 또는 동생으로 등록',
        'registered as the (grand)child or younger sibling of the person of merit',
      ),
      fact('veteran', 'isFamily'),
      '==',
      lit(true),
    ),
    cmp(
      t('미성년 (만 19세 미만)', 'a minor (under 19)'),
      v('person.age'),
      '<',
      param('veteransHomeChildCare.adultAge'),
    ),
    cmp(t('부양의무자 없음', 'no support obligor'), fact('supportObligor', 'result'), '==', lit('none')),
  ),
  benefit: {
    description: t(
      '보훈원(수원시 소재) 입소 후 의식주 제공 및 교육 지원',
      'Residence at the Veterans’ Home (Suwon) with food, clothing, shelter and education',
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
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet, civilAct],
  fidelity: 'summary',
  parameters,
  cases,
});
