import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  MissingData,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 영유아보육료 지원 (WLF00003250) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003250&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byClass = (class0: number, class1: number, class2: number, class3to5: number) => ({
  type: 'byKey' as const,
  values: { class0, class1, class2, class3to5 },
});
/** The record's age classes apply from March 2026 to February 2027 ('26년 3월~'27년 2월). */
const CLASS_YEAR_FROM = '2026-03-01';
const classNote = '2026년 연령 기준 (2026.3~2027.2 적용)';

const parameters: ParameterDefinition[] = [
  {
    id: 'childcareFeeSupport.class0BirthYearFrom',
    label: { ko: '0세반 출생 연도 (이후 출생)', en: 'birth year of the age-0 class (born in or after)' },
    unit: 'years',
    versions: [{ from: CLASS_YEAR_FROM, value: scalar(2025), sources: [bokjiro], note: classNote }],
  },
  {
    id: 'childcareFeeSupport.class5BirthYear',
    label: { ko: '5세반 출생 연도 (가장 나이 많은 반)', en: 'birth year of the age-5 class (oldest class)' },
    unit: 'years',
    versions: [{ from: CLASS_YEAR_FROM, value: scalar(2020), sources: [bokjiro], note: classNote }],
  },
  {
    id: 'childcareFeeSupport.deferredBirthYear',
    label: {
      ko: '취학유예 5세반 출생 연도',
      en: 'birth year of school-deferred children in the age-5 class',
    },
    unit: 'years',
    versions: [{ from: CLASS_YEAR_FROM, value: scalar(2019), sources: [bokjiro], note: classNote }],
  },
  {
    id: 'childcareFeeSupport.schoolChildBirthYearFrom',
    label: {
      ko: '취학아동 방과후보육료 출생 연도 (부터)',
      en: 'school children (after-school fee): born from year',
    },
    unit: 'years',
    versions: [{ from: CLASS_YEAR_FROM, value: scalar(2012), sources: [bokjiro], note: classNote }],
  },
  {
    id: 'childcareFeeSupport.schoolChildBirthYearTo',
    label: {
      ko: '취학아동 방과후보육료 출생 연도 (까지)',
      en: 'school children (after-school fee): born up to year',
    },
    unit: 'years',
    versions: [{ from: CLASS_YEAR_FROM, value: scalar(2018), sources: [bokjiro], note: classNote }],
  },
  {
    id: 'childcareFeeSupport.nuriMaxYears',
    label: {
      ko: '누리과정 무상보육 기간 상한 (년)',
      en: 'maximum years of free Nuri-curriculum care',
    },
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(3),
        sources: [bokjiro],
        note: '「유아교육법」 제24조·시행령 제29조: 3년 초과 불가 (취학유예 아동 판단에 사용)',
      },
    ],
  },
  {
    id: 'childcareFeeSupport.monthlyFee',
    label: {
      ko: '보육료 지원 단가 (기본보육, 월, 반별)',
      en: 'childcare fee (basic care, monthly, by class)',
    },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: byClass(584000, 515000, 426000, 280000), sources: [bokjiro] }],
  },
  {
    id: 'childcareFeeSupport.nightMonthlyFee',
    label: { ko: '보육료 지원 단가 (야간, 월, 반별)', en: 'childcare fee (night care, monthly, by class)' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: byClass(584000, 515000, 426000, 280000), sources: [bokjiro] }],
  },
  {
    id: 'childcareFeeSupport.allDayMonthlyFee',
    label: { ko: '보육료 지원 단가 (24시, 월, 반별)', en: 'childcare fee (24-hour care, monthly, by class)' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: byClass(876000, 772500, 639000, 420000), sources: [bokjiro] }],
  },
];

/** The fee class of a child from the birth-year table; school children are outside it. */
function feeClass(birthYear: number, class0From: number, deferred: number): string | undefined {
  const years = class0From - birthYear;
  if (years <= 0) return 'class0';
  if (years === 1) return 'class1';
  if (years === 2) return 'class2';
  if (years <= 5 || birthYear === deferred) return 'class3to5';
  return undefined;
}

export default defineProgram({
  id: 'WLF00003250',
  version: '2026.1',
  name: t('영유아보육료 지원', 'Childcare Fee Support for Infants and Young Children'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '어린이집을 이용하는 0~5세반 아동(2026.3~2027.2: 2020년 이후 출생, 취학유예 2019년생)과 방과후보육 취학아동(2012~2018년생)의 보육료를 지원합니다. 2026년 기본보육 단가는 0세반 월 584,000원, 1세반 515,000원, 2세반 426,000원, 3~5세반 280,000원입니다.',
    'Pays the daycare fees of children in the age 0–5 classes (March 2026–February 2027: born 2020 or later, or 2019 when school entry is deferred) and of school children in after-school daycare (born 2012–2018). 2026 basic-care fees: 584,000 a month (age-0 class), 515,000 (age 1), 426,000 (age 2), 280,000 (ages 3–5).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어린이집 이용', 'attends a daycare centre'),
      fact('daycareUse', 'kind'),
      '==',
      lit('daycare', t('어린이집', 'daycare')),
    ),
    any(
      t(
        '보육료 지원 연령 (2026.3~2027.2 출생 연도 기준)',
        'age covered (birth years for March 2026–February 2027)',
      ),
      cmp(
        t('0~5세반: 2020년 이후 출생', 'age 0–5 classes: born 2020 or later'),
        v('person.birthYear'),
        '>=',
        param('childcareFeeSupport.class5BirthYear'),
      ),
      all(
        t('취학유예 아동 (2019년생)', 'child whose school entry is deferred (born 2019)'),
        cmp(
          t('2019년 출생', 'born in 2019'),
          v('person.birthYear'),
          '==',
          param('childcareFeeSupport.deferredBirthYear'),
        ),
        judgement(
          t(
            '취학유예 및 누리과정 무상보육 3년 이내',
            'school entry deferred and free Nuri care not beyond 3 years',
          ),
          t(
            '취학유예 통지서와 유치원·어린이집 누리과정 지원 이력',
            'the school-deferral notice and the history of Nuri support at kindergarten or daycare',
          ),
        ),
      ),
      all(
        t('취학아동 방과후보육료 (2012~2018년생)', 'school child, after-school fee (born 2012–2018)'),
        cmp(
          t('2012년 이후 출생', 'born 2012 or later'),
          v('person.birthYear'),
          '>=',
          param('childcareFeeSupport.schoolChildBirthYearFrom'),
        ),
        cmp(
          t('2018년 이전 출생', 'born 2018 or earlier'),
          v('person.birthYear'),
          '<=',
          param('childcareFeeSupport.schoolChildBirthYearTo'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '국민행복카드 보육료 바우처 (월). 2026년 단가: 0세반 기본보육·야간 584,000원 / 24시 876,000원, 1세반 515,000원 / 772,500원, 2세반 426,000원 / 639,000원, 3~5세반 280,000원 / 420,000원. 산정액은 기본보육 단가. 지자체에 신청한 날부터 지원 (양육수당에서 변경 시 15일 이전 신청은 신청일부터, 16일 이후는 익월 1일부터). 취학아동 방과후보육료 단가는 복지로 상세에 없어 2026 보육사업안내에 따름 (금액 미결정)',
      'Monthly childcare voucher on the National Happiness Card. 2026 fees: age-0 class 584,000 basic or night / 876,000 24-hour; age 1 515,000 / 772,500; age 2 426,000 / 639,000; ages 3–5 280,000 / 420,000. The amount computed is the basic-care fee. Paid from the day of application (switching from the home-care allowance: from the application day if by the 15th, else from the 1st of the next month). The after-school fee for school children is not in the Bokjiro record (2026 childcare guidelines; amount undetermined)',
    ),
    amount: (ctx) => {
      const birthYear = Number(ctx.get('person.birthYear'));
      const cls = feeClass(
        birthYear,
        ctx.param('childcareFeeSupport.class0BirthYearFrom'),
        ctx.param('childcareFeeSupport.deferredBirthYear'),
      );
      if (!cls) {
        throw new MissingData([
          {
            dataType: 'rule:childcareFeeSupport.afterSchoolFee',
            what: t(
              '취학아동 방과후보육료 단가 (복지로 상세에 없음, 2026 보육사업안내)',
              'after-school fee for school children (not in the Bokjiro record; 2026 childcare guidelines)',
            ),
          },
        ]);
      }
      const amountKrw = ctx.param('childcareFeeSupport.monthlyFee', cls);
      return {
        amountKrw,
        lines: [
          { label: t('출생 연도', 'year of birth'), value: birthYear },
          { label: t('반 구분', 'class'), value: cls },
          { label: t('보육료 (기본보육, 월)', 'childcare fee (basic care, monthly)'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      daycareName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('이용 (예정) 어린이집', 'daycare centre (attending or to attend)') }),
      admissionDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .meta({ label: t('입소 (예정)일', 'admission date') }),
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
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
