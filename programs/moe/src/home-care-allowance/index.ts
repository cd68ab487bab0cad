import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  MissingData,
  not,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 가정양육수당 지원사업 (WLF00003253) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003253&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const range = (min: number, max: number) => ({ type: 'byKey' as const, values: { min, max } });

const parameters: ParameterDefinition[] = [
  {
    id: 'homeCareAllowance.minAgeMonths',
    label: { ko: '가정양육수당 월령 하한 (이상)', en: 'minimum age (months, inclusive)' },
    unit: 'months',
    versions: [
      { from: '2026-01-01', value: scalar(24), sources: [bokjiro], note: '0~23개월은 부모급여 지원' },
    ],
  },
  {
    id: 'homeCareAllowance.maxAgeMonths',
    label: { ko: '가정양육수당 월령 상한 (미만)', en: 'age limit (under, months)' },
    unit: 'months',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(86),
        sources: [bokjiro],
        note: '초등학교 취학년도 2월까지 (최대 86개월 미만)',
      },
    ],
  },
  {
    id: 'homeCareAllowance.base',
    label: { ko: '가정양육수당 (월)', en: 'home childcare allowance (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(100000), sources: [bokjiro] }],
  },
  {
    id: 'homeCareAllowance.disabledRange',
    label: {
      ko: '장애아동 양육수당 범위 (월, 연령별 차등)',
      en: 'disabled-child allowance range (monthly, by age)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: range(100000, 200000),
        sources: [bokjiro],
        note: '연령별 금액은 복지로 상세에 없음 (2026 보육사업안내)',
      },
    ],
  },
  {
    id: 'homeCareAllowance.ruralRange',
    label: {
      ko: '농어촌 양육수당 범위 (월, 연령별 차등)',
      en: 'rural allowance range (monthly, by age)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: range(100000, 156000),
        sources: [bokjiro],
        note: '연령별 금액과 농어촌 범위는 복지로 상세에 없음 (2026 보육사업안내)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003253',
  version: '2026.1',
  name: t('가정양육수당 지원사업', 'Home Childcare Allowance'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '어린이집·유치원(특수학교 포함)·종일제 아이돌봄서비스를 이용하지 않고 가정에서 양육되는 초등학교 미취학 24개월 이상 86개월 미만 아동에게 소득 수준에 상관없이 월 10만원을 지원합니다 (장애아동 10~20만원, 농어촌아동 10~15.6만원 연령별 차등).',
    'Children aged 24 to under 86 months, not yet in elementary school and cared for at home (no daycare, kindergarten including special schools, or full-day child-minding) receive 100,000 a month whatever the income (disabled children 100,000–200,000 and rural children 100,000–156,000 by age).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('월령 24개월 이상', 'at least 24 months old'),
      v('person.ageMonths'),
      '>=',
      param('homeCareAllowance.minAgeMonths'),
    ),
    cmp(
      t('월령 86개월 미만', 'under 86 months'),
      v('person.ageMonths'),
      '<',
      param('homeCareAllowance.maxAgeMonths'),
    ),
    not(
      t('초등학교 미취학', 'not yet in elementary school'),
      cmp(t('재학 중', 'enrolled at a school'), fact('student'), '==', lit(true)),
    ),
    cmp(
      t(
        '가정 양육 (어린이집·유치원·종일제 아이돌봄 미이용)',
        'cared for at home (no daycare, kindergarten or full-day child-minding)',
      ),
      fact('daycareUse'),
      '==',
      lit(false),
    ),
  ),
  benefit: {
    description: t(
      '월 100,000원 현금, 소득 수준에 상관없이 초등학교 취학년도 2월까지 (86개월 미만). 장애아동은 연령별로 월 100,000~200,000원, 농어촌아동은 100,000~156,000원 차등 지원 — 연령별 금액과 농어촌 범위는 복지로 상세에 없어 장애아동은 금액 미결정, 농어촌 차등은 산정하지 않음. 보육료·유아학비에서 변경 시 15일 이전 신청은 신청 월부터, 16일 이후는 익월부터; 종일제 아이돌봄에서 변경 시 익월부터',
      '100,000 a month in cash whatever the income, until February of the school-entry year (under 86 months). Disabled children get 100,000–200,000 and rural children 100,000–156,000 by age — the age rates and what counts as rural are not in the Bokjiro record, so a disabled child’s amount is undetermined and the rural rate is not computed. Switching from the daycare fee or kindergarten tuition: from the month of application if by the 15th, else the next month; from full-day child-minding: the next month',
    ),
    amount: (ctx) => {
      if (ctx.fact('disability') === true) {
        throw new MissingData([
          {
            dataType: 'rule:homeCareAllowance.disabledRate',
            what: t(
              '장애아동 양육수당 연령별 금액 (월 10~20만원; 복지로 상세에 없음, 2026 보육사업안내)',
              'disabled-child allowance by age (100,000–200,000 a month; not in the Bokjiro record, 2026 childcare guidelines)',
            ),
          },
        ]);
      }
      const amountKrw = ctx.param('homeCareAllowance.base');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '가정양육수당 (월; 농어촌 차등은 산정하지 않음)',
              'home childcare allowance (monthly; rural rates not computed)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z.enum(['parent', 'guardian']).meta({ label: t('신청인 구분', 'who applies') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('양육수당 수령 계좌', 'bank account for the allowance') }),
      switchingFrom: z
        .enum(['none', 'daycareFee', 'kindergartenTuition', 'fullDayChildMinding'])
        .meta({ label: t('변경 전 이용 서비스', 'service switched from') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청(변경)서', 'social security benefit application'),
        required: true,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00003250',
      kind: 'exclusive',
      reason: t(
        '어린이집 이용 아동은 보육료 지원 (가정 양육 아동만)',
        'children at daycare get the daycare fee instead',
      ),
      source: bokjiro,
    },
    {
      programId: 'WLF00000969',
      kind: 'exclusive',
      reason: t(
        '유치원 이용 아동은 유아학비 지원 (가정 양육 아동만)',
        'children at kindergarten get kindergarten tuition instead',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
