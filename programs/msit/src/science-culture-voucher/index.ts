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
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 과학문화 바우처 지원 (WLF00004658), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004658&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const youthAct: Source = { title: '청소년기본법 제3조 (청소년: 9세 이상 24세 이하)', status: 'official' };
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'scienceCultureVoucher.maxAge',
    [
      '아동·청소년 연령 상한 (청소년기본법, 이하)',
      'upper age of children and youth (Framework Act on Youth)',
    ],
    'years',
    24,
    youthAct,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00004658',
  version: '2026.1',
  name: t('과학문화 바우처 지원', 'Science culture voucher'),
  ministry: '과학기술정보통신부',
  bureau: '과학기술문화과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome'],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '과학문화 소외지역 및 계층을 대상으로 과학문화 체험 기회 제공을 통한 격차 해소에 기여하고자 합니다.',
    'Gives children and young people in areas and groups with little access to science culture a voucher for science experiences, to narrow the gap.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('아동·청소년 (만 24세 이하)', 'child or young person (24 or under)'),
      v('person.age'),
      '<=',
      param('scienceCultureVoucher.maxAge'),
    ),
    any(
      t('과학문화 소외계층 또는 소외지역', 'underserved group or area'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical benefit recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      judgement(
        t(
          '과학문화 소외지역 거주 등 그 밖의 소외 기준',
          'living in an area underserved by science culture, or another criterion',
        ),
        t('소외지역·선정 기준 (운영기관)', 'area and selection rules (operator)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '과학관 등 과학문화 체험에 쓰는 바우처 (금액은 공식 자료에 없음)',
      'A voucher for science-culture experiences such as science museums (amount not given in the official texts)',
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
  sources: [catalogue, youthAct],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
