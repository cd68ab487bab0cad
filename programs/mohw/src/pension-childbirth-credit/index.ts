import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 국민연금 출산크레딧 (WLF00004647), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004647&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국민연금 출산크레딧」',
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

const parameters: ParameterDefinition[] = [
  scalar(
    'pensionChildbirthCredit.minChildren',
    ['자녀 수 (둘째 이상)', 'number of children (second or later child)'],
    'count',
    2,
    booklet,
  ),
  scalar(
    'pensionChildbirthCredit.fromBirthYear',
    ['출산·입양 기준 (이 해 1월 1일 이후)', 'births or adoptions on or after 1 January of'],
    'years',
    2008,
    booklet,
  ),
  scalar(
    'pensionChildbirthCredit.secondChildMonths',
    ['둘째 자녀 추가 산입 기간', 'credit for the second child'],
    'months',
    12,
    booklet,
  ),
  scalar(
    'pensionChildbirthCredit.furtherChildMonths',
    ['셋째 이상 자녀 1명당 추가 산입 기간', 'credit per child from the third'],
    'months',
    18,
    booklet,
  ),
  scalar(
    'pensionChildbirthCredit.maxMonths',
    ['추가 산입 최대 기간', 'maximum credit'],
    'months',
    50,
    booklet,
  ),
];

export default defineProgram({
  id: 'WLF00004647',
  version: '2026.1',
  name: t('국민연금 출산크레딧', 'National Pension childbirth credit'),
  ministry: '보건복지부',
  bureau: '연금급여팀',
  legalBasis: [
    t('국민연금법 (출산에 대한 가입기간 추가 산입)', 'National Pension Act (credit for childbirth)'),
  ],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '출산에 대해 연금 가입기간을 추가로 인정하여 출산 친화 환경을 조성하고 여성의 연금 수급 기회를 확대합니다.',
    'Credits extra National Pension membership for childbirth, to build a birth-friendly environment and widen women’s chances of receiving a pension.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('자녀가 2명 이상 (둘째 이상 자녀)', 'at least two children (a second or later child)'),
      v('person.childrenInHousehold'),
      '>=',
      param('pensionChildbirthCredit.minChildren'),
    ),
    someMember(
      t(
        '2008년 1월 1일 이후 출생(입양)한 자녀가 있음',
        'a child born (or adopted) on or after 1 January 2008',
      ),
      all(
        undefined,
        cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
        cmp(
          t('2008년 이후 출생', 'born in or after 2008'),
          v('person.birthYear'),
          '>=',
          param('pensionChildbirthCredit.fromBirthYear'),
        ),
      ),
    ),
    judgement(
      t(
        '국민연금 가입자 (노령연금 청구 시 적용)',
        'National Pension member (applied when claiming the old-age pension)',
      ),
      t(
        '국민연금 가입 이력, 가족관계증명서, 출산 추가 가입기간 합의서 (국민연금공단)',
        'pension membership record, family relation certificate and the agreement on the childbirth credit (National Pension Service)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '노령연금 수급 시 둘째 자녀 12개월, 셋째부터 1명마다 18개월씩 가입기간 추가 인정 (최대 50개월): 자녀 2명 12개월, 3명 30개월, 4명 48개월, 5명 이상 50개월',
      'When the old-age pension is claimed, 12 months of membership are added for the second child and 18 months for each further child (at most 50 months): 2 children 12 months, 3 children 30, 4 children 48, 5 or more 50',
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
  parameters,
  cases,
});
