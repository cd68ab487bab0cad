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
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 인플루엔자 국가예방접종 지원사업 (WLF00003213) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003213&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「어르신 국가예방접종 지원 사업」',
  status: 'official',
};
const derived: Source = {
  title: '「65세 이상, 주민등록상 출생연도 기준」에서 연도별 계산',
  status: 'derived',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'influenzaVaccination.seniorBornBy',
    label: t(
      '어르신 대상 출생연도 (이 해 12월 31일 이전 출생)',
      'older people: born on or before 31 December of',
    ),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: scalar(1959), sources: [booklet, derived] },
      { from: '2025-01-01', value: scalar(1960), sources: [booklet, derived] },
      {
        from: '2026-01-01',
        value: scalar(1960),
        sources: [record],
        note: '2026 기록: 65세 이상 어르신 (1960.12.31. 이전 출생자)',
      },
    ],
  },
  {
    id: 'influenzaVaccination.childBornFromYear',
    label: t('어린이 대상 출생연도 시작 (1월 1일 이후 출생)', 'children: born on or after 1 January of'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(2012),
        sources: [record],
        note: '생후 6개월~13세 어린이 (2012.1.1.~2025.8.31. 출생자)',
      },
    ],
  },
  {
    id: 'influenzaVaccination.childBornToYear',
    label: t(
      '어린이 대상 마지막 출생연도 (이 해는 8월 31일 출생까지)',
      'children: last year of birth (born by 31 August in that year)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(2025), sources: [record] }],
  },
  {
    id: 'influenzaVaccination.minAgeMonths',
    label: t('접종 가능 월령 (접종일 기준 이상)', 'minimum age in months on the day of vaccination'),
    unit: 'months',
    versions: [{ from: '2026-01-01', value: scalar(6), sources: [record] }],
  },
  {
    id: 'influenzaVaccination.twoDoseUnderAge',
    label: t(
      '2회 접종 지원 연령 (처음 접종·접종력 모름, 만 나이 미만)',
      'two doses for first-time or unknown history (under this age)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(9), sources: [record] }],
  },
];

const oldEnoughMonths = cmp(
  t('접종일 기준 생후 6개월 이상', 'at least 6 months old on the day'),
  v('person.ageMonths'),
  '>=',
  param('influenzaVaccination.minAgeMonths'),
);

export default defineProgram({
  id: 'WLF00003213',
  version: '2026.1',
  name: t('인플루엔자 국가예방접종 지원사업', 'National influenza vaccination'),
  ministry: '질병관리청',
  bureau: '예방접종관리과',
  legalBasis: [t('감염병의 예방 및 관리에 관한 법률', 'Infectious Disease Control and Prevention Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'senior', 'pregnancy'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '65세 이상 어르신(1960.12.31. 이전 출생), 생후 6개월~13세 어린이(2012.1.1.~2025.8.31. 출생), 임신부에게 인플루엔자 예방접종 1회(처음 접종하는 9세 미만 어린이 등은 2회)를 국가에서 지원합니다.',
    'Older people aged 65+ (born by 31 Dec 1960), children from 6 months to 13 (born 1 Jan 2012 – 31 Aug 2025) and pregnant women get one state-funded influenza vaccination (two for children under 9 vaccinated for the first time or with unknown history).',
  ),
  criteria: any(
    t('어르신, 어린이 또는 임신부', 'older person, child or pregnant woman'),
    cmp(
      t('65세 이상 어르신 (1960.12.31. 이전 출생)', '65 or over (born by 31 Dec 1960)'),
      v('person.birthYear'),
      '<=',
      param('influenzaVaccination.seniorBornBy'),
    ),
    all(
      t('어린이 (2012.1.1.~2024.12.31. 출생)', 'child born 1 Jan 2012 – 31 Dec 2024'),
      cmp(
        t('2012년 이후 출생', 'born in 2012 or later'),
        v('person.birthYear'),
        '>=',
        param('influenzaVaccination.childBornFromYear'),
      ),
      cmp(
        t('2025년 전 출생', 'born before 2025'),
        v('person.birthYear'),
        '<',
        param('influenzaVaccination.childBornToYear'),
      ),
      oldEnoughMonths,
    ),
    all(
      t('2025년생 어린이 (2025.8.31.까지 출생)', 'child born in 2025 (by 31 August)'),
      cmp(
        t('2025년 출생', 'born in 2025'),
        v('person.birthYear'),
        '==',
        param('influenzaVaccination.childBornToYear'),
      ),
      oldEnoughMonths,
      judgement(
        t('2025년 8월 31일 이전 출생', 'born on or before 31 August 2025'),
        t('생년월일 (출생 월)', 'date of birth (month)'),
      ),
    ),
    cmp(t('임신부', 'pregnant'), fact('pregnancy'), '==', lit(true)),
  ),
  benefit: {
    description: t(
      '인플루엔자 예방접종 1회 지원. 생후 6개월~만 9세 미만 어린이 중 처음 접종하거나 이전 접종력을 모르는 경우 등은 2회. 일정·횟수는 절기별 사업안내와 예진의사 상담에 따름. 임신부는 산모수첩·고운맘 카드 등으로 임신 확인',
      'One influenza vaccination. Children from 6 months to under 9 who are vaccinated for the first time or whose history is unknown get two. Schedule and doses follow each season’s guidance and the doctor’s screening. Pregnant women show the maternity handbook or card',
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
        id: 'pregnancyProof',
        label: t('임신 확인 (산모수첩·고운맘 카드 등, 임신부)', 'proof of pregnancy (pregnant women)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [record, booklet],
  fidelity: 'statutory',
  parameters,
  cases,
});
