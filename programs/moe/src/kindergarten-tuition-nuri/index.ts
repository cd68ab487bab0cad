import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 유아학비 지원(3~5세 누리과정 지원) (WLF00000969) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000969&wlfareInfoReldBztpCd=01',
  status: 'official',
};
/** The same ministry's childcare-fee record states the 2026 school year's 3–5 classes as birth years. */
const childcareRecord: Source = {
  title: '복지로 영유아보육료 지원 (WLF00003250) 2026 상세: 3세 2022년생 · 5세 2020년생 (2026.3~2027.2)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003250&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
/** 2026학년도 (from March 2026). */
const SCHOOL_YEAR_FROM = '2026-03-01';

const parameters: ParameterDefinition[] = [
  {
    id: 'kindergartenTuitionNuri.oldestBirthYear',
    label: {
      ko: '만 5세 유아 출생 연도 (이후 출생)',
      en: 'birth year of the age-5 class (born in or after)',
    },
    unit: 'years',
    versions: [
      {
        from: SCHOOL_YEAR_FROM,
        value: scalar(2020),
        sources: [bokjiro, childcareRecord],
        note: '2026학년도 취학대상 2019년생의 다음 해 출생 = 만 5세',
      },
    ],
  },
  {
    id: 'kindergartenTuitionNuri.youngestBirthYear',
    label: {
      ko: '만 3세 유아 출생 연도 (이전 출생)',
      en: 'birth year of the age-3 class (born in or before)',
    },
    unit: 'years',
    versions: [
      {
        from: SCHOOL_YEAR_FROM,
        value: scalar(2022),
        sources: [bokjiro, childcareRecord],
        note: "2023.1~2월생의 만 3세반 취원은 별도 요건 ('23.1~2월생 지원 대상)",
      },
    ],
  },
  {
    id: 'kindergartenTuitionNuri.earlyEntryBirthYear',
    label: {
      ko: '만 3세반 조기 취원 출생 연도 (1~2월생)',
      en: 'birth year of early entrants to the age-3 class (born January–February)',
    },
    unit: 'years',
    versions: [{ from: SCHOOL_YEAR_FROM, value: scalar(2023), sources: [bokjiro] }],
  },
  {
    id: 'kindergartenTuitionNuri.deferredBirthYear',
    label: { ko: '취학대상 (취학유예) 출생 연도', en: 'birth year of the school-entry cohort (deferral)' },
    unit: 'years',
    versions: [{ from: SCHOOL_YEAR_FROM, value: scalar(2019), sources: [bokjiro] }],
  },
  {
    id: 'kindergartenTuitionNuri.maxYears',
    label: { ko: '유아학비 지원기간 한도 (년)', en: 'maximum years of support' },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(3), sources: [bokjiro] }],
  },
  {
    id: 'kindergartenTuitionNuri.tuition',
    label: { ko: '3~5세 교육비 (월, 설립 유형별)', en: 'tuition support, ages 3–5 (monthly, by type)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { public: 100000, private: 280000 } },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'kindergartenTuitionNuri.afterSchool',
    label: {
      ko: '3~5세 방과후 과정비 (월, 설립 유형별)',
      en: 'after-school course, ages 3–5 (monthly, by type)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { public: 50000, private: 70000 } },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'kindergartenTuitionNuri.lowIncomePrivateMax',
    label: {
      ko: '사립유치원 저소득층 유아학비 (실비, 월 최대)',
      en: 'low-income supplement at private kindergartens (actual cost, monthly maximum)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: SCHOOL_YEAR_FROM,
        value: scalar(200000),
        sources: [bokjiro],
        note: '2026년 3월부터 적용; 기초생활수급자·차상위계층·한부모 가정 유아',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000969',
  version: '2026.1',
  name: t('유아학비 지원(3~5세 누리과정 지원)', 'Kindergarten Tuition Support (Nuri Curriculum, Ages 3-5)'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [
    t('유아교육법', 'Early Childhood Education Act'),
    t('유아교육법 시행령', 'Enforcement Decree of the Early Childhood Education Act'),
    t('유아교육법 시행규칙', 'Enforcement Rules of the Early Childhood Education Act'),
  ],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '국공립·사립유치원에 다니는 3~5세 유아(2026학년도: 2020~2022년생)에게 보호자 소득과 관계없이 교육비(국공립 월 100,000원, 사립 월 280,000원)와 방과후 과정비(국공립 50,000원, 사립 70,000원)를 지원하고, 사립유치원의 법정저소득층 유아에게 월 최대 200,000원을 추가로 지원합니다.',
    'Children aged 3–5 at public or private kindergartens (2026 school year: born 2020–2022) get tuition (100,000 a month public, 280,000 private) and after-school course support (50,000 / 70,000) whatever the parents’ income; low-income children at private kindergartens get up to 200,000 more.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('유치원 재원', 'enrolled at a kindergarten'),
      fact('daycareUse', 'kind'),
      '==',
      lit('kindergarten', t('유치원', 'kindergarten')),
    ),
    any(
      t('3~5세 유아 (2026학년도)', 'aged 3–5 (2026 school year)'),
      all(
        t('2020~2022년 출생', 'born 2020–2022'),
        cmp(
          t('2020년 이후 출생', 'born 2020 or later'),
          v('person.birthYear'),
          '>=',
          param('kindergartenTuitionNuri.oldestBirthYear'),
        ),
        cmp(
          t('2022년 이전 출생', 'born 2022 or earlier'),
          v('person.birthYear'),
          '<=',
          param('kindergartenTuitionNuri.youngestBirthYear'),
        ),
      ),
      all(
        t('2023년 1~2월생 만 3세반 취원', 'born January–February 2023, in the age-3 class'),
        cmp(
          t('2023년 출생', 'born in 2023'),
          v('person.birthYear'),
          '==',
          param('kindergartenTuitionNuri.earlyEntryBirthYear'),
        ),
        judgement(
          t('1~2월생으로 만 3세반에 취원', 'born in January or February and enrolled in the age-3 class'),
          t(
            '출생월 (1~2월)과 만 3세반 취원 확인',
            'birth month (January–February) and enrolment in the age-3 class',
          ),
        ),
      ),
      all(
        t('취학유예 아동 (2019년생, 유예한 1년)', 'school entry deferred (born 2019, for the deferred year)'),
        cmp(
          t('2019년 출생', 'born in 2019'),
          v('person.birthYear'),
          '==',
          param('kindergartenTuitionNuri.deferredBirthYear'),
        ),
        judgement(
          t('취학유예 및 지원기간 3년 이내', 'school entry deferred and support not beyond 3 years'),
          t(
            '취학유예 통지서와 유아학비·보육료 지원 이력',
            'the school-deferral notice and the history of tuition and childcare-fee support',
          ),
        ),
      ),
    ),
    any(
      t(
        '대한민국 국적 (난민·특별기여자 등 예외)',
        'Korean nationality (refugees and special contributors excepted)',
      ),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      judgement(
        t(
          '난민 또는 법무부장관이 인정한 특별기여자 등',
          'a refugee or a special contributor recognised by the Minister of Justice',
        ),
        t('난민 인정 또는 특별기여자 인정 서류', 'proof of refugee or special-contributor recognition'),
      ),
    ),
    not(
      t('가정양육수당을 받지 않음', 'not receiving the home-care allowance'),
      cmp(
        t('가정양육수당 수급', 'receives the home-care allowance'),
        receives('WLF00003253', t('가정양육수당 수급', 'home-care allowance recipient'), 'person'),
        '==',
        lit(true),
      ),
    ),
    not(
      t('어린이집 보육료를 받지 않음', 'not receiving the daycare fee'),
      cmp(
        t('영유아보육료 수급', 'receives the daycare fee'),
        receives('WLF00003250', t('영유아보육료 수급', 'daycare fee recipient'), 'person'),
        '==',
        lit(true),
      ),
    ),
  ),
  benefit: {
    description: t(
      '교육비 국공립 월 100,000원, 사립 월 280,000원 (산정액). 방과후 과정 이용 시 국공립 월 50,000원, 사립 월 70,000원 추가. 사립유치원의 법정저소득층(기초생활수급자·차상위계층·한부모 가정) 유아는 2026년 3월부터 월 최대 200,000원 실비 추가. 유치원 이용시간에 아이돌봄서비스와 중복 불가; 해외체류 31일째 자격 중지 (재신청 필요); 신청일 기준 지급, 소급 불가',
      'Tuition of 100,000 a month (public) or 280,000 (private) is computed. The after-school course adds 50,000 (public) or 70,000 (private). Low-income children (NBLSS recipients, near-poor, single-parent families) at private kindergartens get up to 200,000 a month more at actual cost from March 2026. Not combinable with the child-minding service during kindergarten hours; suspended on the 31st day abroad (re-apply); paid from the application date, never retroactively',
    ),
    amount: (ctx) => {
      const establishment = String(ctx.fact('kindergartenType', 'establishment'));
      const amountKrw = ctx.param('kindergartenTuitionNuri.tuition', establishment);
      return {
        amountKrw,
        lines: [
          { label: t('유치원 설립 유형', 'kindergarten type'), value: establishment },
          { label: t('교육비 (월)', 'tuition support (monthly)'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z.enum(['parent', 'guardian', 'facilityHead']).meta({
        label: t(
          '신청인 구분 (부모 외 보호자는 읍면동 방문 신청)',
          'who applies (guardians other than parents apply in person)',
        ),
      }),
      kindergartenName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('재원 유치원', 'kindergarten attended') }),
      cardCompany: z
        .string()
        .min(1)
        .max(40)
        .meta({ label: t('국민행복카드 카드사', 'National Happiness Card issuer') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t(
          '사회보장급여(사회서비스이용권) 신청(변경)서',
          'social security benefit (social service voucher) application',
        ),
        required: true,
      },
      {
        id: 'schoolDeferral',
        label: t('취학유예 통지서 (2019년생)', 'school-deferral notice (children born 2019)'),
        required: false,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00003253',
      kind: 'exclusive',
      reason: t('가정양육수당을 받는 유아는 제외', 'children receiving the home-care allowance are excluded'),
      source: bokjiro,
    },
    {
      programId: 'WLF00003250',
      kind: 'exclusive',
      reason: t('어린이집 보육료를 받는 유아는 제외', 'children receiving the daycare fee are excluded'),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro, childcareRecord],
  fidelity: 'statutory',
  dependsOn: ['WLF00003250', 'WLF00003253'],
  parameters,
  cases,
});
