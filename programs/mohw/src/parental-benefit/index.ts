import {
  all,
  any,
  cmp,
  type DetailLine,
  defineProgram,
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
  title: '복지로 부모급여 지원 (WLF00004657) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004657&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet2024: Source = { title: '2024 나에게 힘이 되는 복지서비스 「부모급여」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'parentalBenefit.maxAgeMonths',
    label: { ko: '부모급여 지급 월령 상한 (이하)', en: 'Parental Benefit maximum age in months (inclusive)' },
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 23 },
        sources: [booklet2024, bokjiro],
        note: '0~23개월',
      },
    ],
  },
  {
    id: 'parentalBenefit.monthly',
    label: { ko: '부모급여 월 지급액 (만 나이별)', en: 'Parental Benefit monthly amount (by age in years)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { '0': 1000000, '1': 500000 } },
        sources: [booklet2024, bokjiro],
        note: '0세 1,000,000원, 1세 500,000원',
      },
    ],
  },
  {
    id: 'parentalBenefit.cashWithDaycare',
    label: {
      ko: '어린이집 이용 시 현금 지급액 (보육료 바우처 차액)',
      en: 'cash paid to daycare users (difference to the childcare voucher)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { '0': 416000, '1': 0 } },
        sources: [bokjiro],
        note: '0세: 보육료 바우처 584,000원 + 현금 416,000원; 1세: 바우처 515,000원, 현금 없음',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00004657',
  version: '2026.1',
  name: t('부모급여', 'Parental Benefit'),
  ministry: '보건복지부',
  bureau: '아동정책과',
  legalBasis: [t('아동수당법 (부모급여)', 'Child Allowance Act (parental benefit)')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득과 관계없이 대한민국 국적의 0~23개월 아동에게 부모급여를 매월 지급합니다 (0세 100만원, 1세 50만원). 어린이집을 이용하면 보육료 바우처로 지원하고 차액만 현금으로 지급합니다.',
    'Children of Korean nationality aged 0–23 months receive a monthly Parental Benefit regardless of income (1,000,000 at age 0, 500,000 at age 1). Daycare users get a childcare voucher and only the difference in cash.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('0~23개월 아동', 'child aged 0–23 months'),
      v('person.ageMonths'),
      '<=',
      param('parentalBenefit.maxAgeMonths'),
    ),
    any(
      t(
        '대한민국 국적 (난민 인정자·특별기여자 포함)',
        'Korean nationality (recognised refugees and special contributors included)',
      ),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      judgement(
        t('난민 인정자 또는 특별기여자', 'recognised refugee or special contributor'),
        t(
          '외국 국적 아동의 난민 인정·특별기여자 여부 (법무부 확인)',
          'refugee or special-contributor status of a foreign child (Ministry of Justice)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '현금: 0세 월 1,000,000원, 1세 월 500,000원. 어린이집 이용 시 (2026) 0세는 보육료 바우처 584,000원 + 현금 416,000원, 1세는 바우처 515,000원만 (현금 없음). 종일제 아이돌봄 이용 시 현금 지급액은 출처에 없어 미결정',
      'Cash: 1,000,000 a month at age 0, 500,000 at age 1. Daycare users (2026): age 0 gets a 584,000 voucher + 416,000 cash; age 1 a 515,000 voucher and no cash. For full-day child-minding users the cash amount is not in the sources (undetermined)',
    ),
    amount: (ctx) => {
      const age = Number(ctx.get('person.age'));
      const use = String(ctx.fact('daycareUse', 'kind'));
      const lines: DetailLine[] = [{ label: t('만 나이', 'age in years'), value: age }];
      if (use === 'none') {
        const amountKrw = ctx.param('parentalBenefit.monthly', age);
        lines.push({ label: t('가정 양육: 현금 지급액', 'cared for at home: cash'), value: amountKrw });
        return { amountKrw, lines };
      }
      if (use === 'daycare') {
        const amountKrw = ctx.param('parentalBenefit.cashWithDaycare', age);
        lines.push({
          label: t('어린이집 이용: 보육료 바우처 차액 현금', 'daycare: cash difference to the voucher'),
          value: amountKrw,
        });
        return { amountKrw, lines };
      }
      throw new MissingData([
        {
          dataType: 'rule:parentalBenefit.otherCare',
          what: t(
            `${use} 이용 아동의 부모급여 현금 지급액 (출처에 없음)`,
            `cash Parental Benefit for a child using ${use} (not in the sources)`,
          ),
        },
      ]);
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z.enum(['parent', 'guardian']).meta({ label: t('신청인 구분', 'who applies') }),
      careArrangement: z.enum(['home', 'daycare', 'fullDayChildMinding']).meta({
        label: t(
          '양육 방식 (가정양육·어린이집·종일제 아이돌봄)',
          'care arrangement (home / daycare / full-day child-minding)',
        ),
      }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('급여 수령 계좌 (보호자 명의)', 'bank account for payments (guardian)') }),
    }),
    evidence: [
      { id: 'application', label: t('부모급여 지급 신청서', 'Parental Benefit application'), required: true },
      { id: 'bankbook', label: t('보호자 통장 사본', 'copy of the guardian’s bankbook'), required: true },
    ],
  },
  // Cash ⟂ childcare fee ⟂ full-day child-minding (WLF00004657 [O]): the other two are not in the registry yet;
  // child allowance and the first meeting voucher may be received together with it.
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, booklet2024],
  fidelity: 'statutory',
  parameters,
  cases,
});
