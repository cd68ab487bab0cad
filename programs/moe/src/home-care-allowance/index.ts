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
  title: '복지로 가정양육수당 지원사업 (WLF00003253), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003253&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정양육수당 지원」',
  status: 'official',
};
const ref2026: Source = {
  title: 'korea-welfare-rules §2.6 가정양육수당 (복지로 WLF00003253, 2026)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'homeCareAllowance.minAgeMonths',
    label: { ko: '가정양육수당 월령 하한 (이상)', en: 'minimum age (months, inclusive)' },
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [booklet],
        note: '0~23개월은 부모급여',
      },
      { from: '2026-01-01', value: { type: 'scalar', value: 24 }, sources: [ref2026] },
    ],
  },
  {
    id: 'homeCareAllowance.maxAgeMonths',
    label: { ko: '가정양육수당 월령 상한 (미만)', en: 'age limit (under, months)' },
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 86 },
        sources: [booklet],
        note: '초등학교 취학년도 2월까지',
      },
      { from: '2026-01-01', value: { type: 'scalar', value: 86 }, sources: [ref2026] },
    ],
  },
  {
    id: 'homeCareAllowance.base',
    label: { ko: '양육수당 (월)', en: 'home childcare allowance (monthly)' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 100000 }, sources: [ref2026] },
    ],
  },
  {
    id: 'homeCareAllowance.disabledUnder36',
    label: {
      ko: '장애아동 양육수당 (24~35개월, 월)',
      en: 'disabled-child allowance, 24–35 months (monthly)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 200000 },
        sources: [booklet],
        note: '36개월 이상은 100,000원',
      },
    ],
  },
  {
    id: 'homeCareAllowance.disabledAgeMonths',
    label: {
      ko: '장애아동 양육수당 상향 구간 월령 상한 (미만)',
      en: 'upper bound of the higher disabled-child rate (under, months)',
    },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 36 }, sources: [booklet] }],
  },
  {
    id: 'homeCareAllowance.ruralUnder36',
    label: { ko: '농어촌 양육수당 (24~35개월, 월)', en: 'rural allowance, 24–35 months (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 156000 },
        sources: [booklet],
        note: '농어촌 양육수당 대상(농어촌 범위)이 출처에 정의되지 않아 금액 산정에 쓰지 않음',
      },
    ],
  },
  {
    id: 'homeCareAllowance.rural36to47',
    label: { ko: '농어촌 양육수당 (36~47개월, 월)', en: 'rural allowance, 36–47 months (monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 129000 },
        sources: [booklet],
        note: '48개월 이상 100,000원',
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
    '가정에서 아이를 돌보는 가정 양육 시, 부모의 자녀 양육에 대한 부담을 줄이고 보육 서비스에 대한 선택권을 보장합니다.',
    'Pays a monthly allowance for children cared for at home (24 to under 86 months, not using daycare, kindergarten or full-day child-minding), easing the cost of child-rearing and keeping parents’ choice of care.',
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
      '월 100,000원 현금 (초등학교 취학년도 2월까지, 86개월 미만). 장애아동 24~35개월 200,000원; 농어촌 양육수당 24~35개월 156,000원, 36~47개월 129,000원 (농어촌 대상 범위가 출처에 없어 산정하지 않음)',
      '100,000 a month in cash (until February of the school-entry year, under 86 months). Disabled children aged 24–35 months: 200,000; rural allowance 156,000 (24–35 months) and 129,000 (36–47 months), not computed because the sources do not define who counts as rural',
    ),
    amount: (ctx) => {
      const months = Number(ctx.get('person.ageMonths'));
      const disabled = ctx.fact('disability') === true;
      if (disabled && months < ctx.param('homeCareAllowance.disabledAgeMonths')) {
        const amountKrw = ctx.param('homeCareAllowance.disabledUnder36');
        return {
          amountKrw,
          lines: [
            {
              label: t('장애아동 양육수당 (24~35개월)', 'disabled-child allowance (24–35 months)'),
              value: amountKrw,
            },
          ],
        };
      }
      const amountKrw = ctx.param('homeCareAllowance.base');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '양육수당 (농어촌 양육수당은 산정하지 않음)',
              'home childcare allowance (rural rates not computed)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
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
  sources: [catalogue, booklet, ref2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
