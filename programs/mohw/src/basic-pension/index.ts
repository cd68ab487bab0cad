import {
  all,
  any,
  cmp,
  type DetailLine,
  defineProgram,
  floorWon,
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
  title: '복지로 기초연금 (WLF00001164) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001164&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet2024: Source = { title: '2024 나에게 힘이 되는 복지서비스 「기초연금」', status: 'official' };
const secondary2025: Source = {
  title: '2025 기초연금 선정기준액·기준연금액 (여러 2차 자료 일치, 1차 자료 미확인)',
  status: 'secondary',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'basicPension.minAge',
    label: { ko: '기초연금 수급 연령', en: 'Basic Pension minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet2024, bokjiro] }],
  },
  {
    id: 'basicPension.selectionThreshold',
    label: { ko: '기초연금 선정기준액', en: 'Basic Pension selection threshold' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { single: 2130000, couple: 3408000 } },
        sources: [booklet2024],
      },
      {
        from: '2025-01-01',
        value: { type: 'byKey', values: { single: 2280000, couple: 3648000 } },
        sources: [secondary2025],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { single: 2470000, couple: 3952000 } },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'basicPension.baseAmount',
    label: { ko: '기준연금액', en: 'Basic Pension base amount' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 334810 }, sources: [booklet2024] },
      { from: '2025-01-01', value: { type: 'scalar', value: 342510 }, sources: [secondary2025] },
      { from: '2026-01-01', value: { type: 'scalar', value: 349700 }, sources: [bokjiro] },
    ],
  },
  {
    id: 'basicPension.coupleReductionRate',
    label: {
      ko: '부부 감액률 (부부 모두 수급 시 각각)',
      en: 'couple reduction rate (each, when both spouses receive it)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 0.2 }, sources: [booklet2024, bokjiro] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001164',
  version: '2026.1',
  name: t('기초연금', 'Basic Pension'),
  ministry: '보건복지부',
  bureau: '기초연금과',
  legalBasis: [t('기초연금법', 'Basic Pension Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '만 65세 이상이고 본인·배우자의 소득인정액이 선정기준액 이하인 어르신에게 기초연금을 매월 지급합니다. 직역연금 수급자와 그 배우자는 원칙적으로 제외됩니다.',
    'People aged 65+ whose income-recognized amount (with their spouse) is at or below the selection threshold receive a monthly Basic Pension. Occupational-pension recipients and their spouses are excluded, with exceptions.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('basicPension.minAge')),
    cmp(
      t(
        '소득인정액이 선정기준액 이하 (단독·부부)',
        'income-recognized amount at or below the threshold (single / couple)',
      ),
      v('person.incomeRecognized.basicPension'),
      '<=',
      param('basicPension.selectionThreshold', { by: 'person.maritalUnit' }),
    ),
    any(
      t('직역연금 수급 제외 기준', 'occupational-pension exclusion'),
      cmp(
        t(
          '본인·배우자 모두 직역연금 미수급',
          'neither applicant nor spouse receives an occupational pension',
        ),
        v('person.coupleOccupationalPension'),
        '==',
        lit(false),
      ),
      judgement(
        t('직역연금 수급자 제외의 예외 해당', 'an exception to the occupational-pension exclusion applies'),
        t(
          '예외: 직역재직기간 10년 미만 연계퇴직(유족)연금 수급권자, 유족연금일시금·장해일시금 등 수령 후 5년 경과; 특례: 1949.6.30 이전 출생 기초노령연금 수급권자, 1996.6.30 이전 출생 장애인연금 특례수급권자 (연계 자료 없음, 담당자 확인)',
          'exceptions: linked retirement (survivor) pension with under 10 years of service, 5 years after a lump sum; special cases: former basic old-age pension recipients born by 30 June 1949, disability-pension special recipients born by 30 June 1996 (no linked data; caseworker check)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 25일, 기준연금액 (2026년 349,700원)과 국민연금 급여액 등을 고려한 기초연금액. 부부가 모두 받으면 각각 20% 감액. 소득역전방지 감액(소득인정액 + 연금액이 선정기준액 이상)은 최저액·부부 배분이, 국민연금 급여액에 따른 감액은 기준과 산식이 복지로 상세에 없어, 해당할 수 있으면(연금소득이 있으면) 금액 미결정',
      'Paid on the 25th: the base amount (349,700 in 2026) adjusted for the National Pension benefit and similar; −20% each when both spouses receive it. When the income-reversal reduction (income-recognized amount + pension at or above the threshold) could apply, or the person has pension income (the National Pension adjustment, whose threshold and formula the Bokjiro record does not give), the amount is left undetermined',
    ),
    amount: (ctx) => {
      const base = ctx.param('basicPension.baseAmount');
      const lines: DetailLine[] = [{ label: t('기준연금액', 'base amount'), value: base }];
      const pensionIncome = Number(ctx.get('person.pensionIncome'));
      if (pensionIncome > 0) {
        throw new MissingData([
          {
            dataType: 'rule:basicPension.nationalPensionLinkage',
            what: t(
              `연금소득 ${pensionIncome}원: 기초연금액은 국민연금 급여액 등을 고려해 정하나, 그 기준·산식이 복지로 2026 상세에 없음 (국민연금 급여액 확인 필요)`,
              `pension income ${pensionIncome}: the amount takes the National Pension benefit into account, but the Bokjiro 2026 record gives neither the threshold nor the formula (NPS benefit needed)`,
            ),
          },
        ]);
      }
      const couple = ctx.get('person.maritalUnit') === 'couple';
      const bothReceive = couple && Number(ctx.get('person.spouseAge')) >= ctx.param('basicPension.minAge');
      let amountKrw = base;
      if (bothReceive) {
        const reduction = floorWon(base * ctx.param('basicPension.coupleReductionRate'));
        amountKrw = base - reduction;
        lines.push({ label: t('부부 감액 (20%)', 'couple reduction (20%)'), value: -reduction });
      }
      const recognized = Number(ctx.get('person.incomeRecognized.basicPension'));
      const threshold = ctx.param('basicPension.selectionThreshold', couple ? 'couple' : 'single');
      const unitPension = bothReceive ? amountKrw * 2 : amountKrw;
      if (recognized + unitPension > threshold) {
        throw new MissingData([
          {
            dataType: 'rule:basicPension.incomeReversal',
            what: t(
              `소득인정액 ${recognized}원 + 연금액 ${unitPension}원이 선정기준액 ${threshold}원을 넘음: 소득역전방지 감액의 최저액·부부 배분 규칙이 출처에 없음`,
              `income-recognized ${recognized} + pension ${unitPension} exceeds the threshold ${threshold}: the minimum and couple split of the income-reversal reduction are not in the sources`,
            ),
          },
        ]);
      }
      lines.push({ label: t('지급액', 'amount paid'), value: amountKrw });
      return { amountKrw, lines };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['self', 'spouse', 'family', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      spouseAppliesToo: z.boolean().meta({ label: t('배우자 동시 신청', 'spouse applies at the same time') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('연금 수령 계좌', 'bank account for payments') }),
      consentToDataLinkage: z.literal(true).meta({
        label: t(
          '금융정보 등 제공 동의 (본인·배우자)',
          'consent to financial data linkage (applicant and spouse)',
        ),
      }),
    }),
    evidence: [
      { id: 'application', label: t('기초연금 지급 신청서', 'Basic Pension application'), required: true },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
      { id: 'bankbook', label: t('통장 사본', 'copy of the bankbook'), required: true },
      {
        id: 'rentContract',
        label: t('임대차계약서 (전월세 거주 시)', 'rental contract (tenants)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, booklet2024],
  fidelity: 'statutory',
  parameters,
  cases,
});
