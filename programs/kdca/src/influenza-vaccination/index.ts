import {
  any,
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
  title: '복지로 인플루엔자 국가예방접종 지원사업 (WLF00003213), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003213&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「어르신 국가예방접종 지원 사업」',
  status: 'official',
};
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
const bookletChild: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「어린이 국가예방접종 지원사업」',
  status: 'official',
};
const bookletPregnant: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「임신부 인플루엔자 국가예방접종 지원」',
  status: 'official',
};
const derived: Source = {
  title: '「65세 이상, 주민등록상 출생연도 기준」에서 연도별 계산',
  status: 'derived',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'influenzaVaccination.seniorBornBy',
    label: t(
      '어르신 대상 출생연도 (이 해 이전 출생, 65세 이상 출생연도 기준)',
      'older people: born in or before (65 or over by year of birth)',
    ),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1959 }, sources: [booklet, derived] },
      { from: '2025-01-01', value: { type: 'scalar', value: 1960 }, sources: [booklet, derived] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1961 }, sources: [booklet, derived] },
    ],
  },
  scalar(
    'influenzaVaccination.childMaxAge',
    ['어린이 대상 연령 (만, 이하)', 'children: maximum age'],
    'years',
    12,
    bookletChild,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003213',
  version: '2026.1',
  name: t('인플루엔자 국가예방접종 지원사업', 'National influenza vaccination'),
  ministry: '질병관리청',
  bureau: '예방접종관리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'senior', 'pregnancy'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '어르신, 임신부 및 어린이의 인플루엔자 접종률 향상과 질병부담 감소를 위해 인플루엔자 예방접종을 국가에서 지원합니다.',
    'Provides state-funded influenza vaccination to older people, pregnant women and children, to raise vaccination rates and reduce the burden of the disease.',
  ),
  criteria: any(
    t('어르신, 임신부 또는 어린이', 'older person, pregnant woman or child'),
    cmp(
      t('65세 이상 (출생연도 기준)', '65 or over (by year of birth)'),
      v('person.birthYear'),
      '<=',
      param('influenzaVaccination.seniorBornBy'),
    ),
    cmp(t('임신부 (임신 주수 무관)', 'pregnant (any stage)'), fact('pregnancy'), '==', lit(true)),
    cmp(
      t('12세 이하 어린이', 'child aged 12 or under'),
      v('person.age'),
      '<=',
      param('influenzaVaccination.childMaxAge'),
    ),
  ),
  benefit: {
    description: t(
      '인플루엔자 4가 백신 매년 1회 무료 접종 (계절 사업, 매년 10월경, 지정의료기관·보건소)',
      'One free quadrivalent influenza vaccination a year (seasonal, around October, at designated clinics and health centres)',
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
  sources: [catalogue, booklet, bookletChild, bookletPregnant],
  fidelity: 'summary',
  parameters,
  cases,
});
