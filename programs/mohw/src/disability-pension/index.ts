import {
  all,
  any,
  type BenefitContext,
  cmp,
  type DetailLine,
  defineProgram,
  fact,
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
  title: '복지로 장애인연금 (WLF00003249) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003249&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet2024: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애인연금」', status: 'official' };
const secondary2025: Source = {
  title: '2025 장애인연금 선정기준액 (2차 자료, 1차 자료 미확인)',
  status: 'secondary',
};
const basicPension2025: Source = {
  title: '2025 기준연금액 342,510원 (기초연금과 같은 금액; 여러 2차 자료 일치)',
  status: 'secondary',
};

/** NBLSS benefits whose receipt decides the additional-benefit group (Bokjiro ids). */
const LIVELIHOOD_OR_MEDICAL = ['WLF00001132', 'WLF00000102'];
const HOUSING_OR_EDUCATION = ['WLF00003201', 'WLF00001089'];

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityPension.minAge',
    label: { ko: '장애인연금 수급 연령', en: 'Disability Pension minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet2024, bokjiro] }],
  },
  {
    id: 'disabilityPension.selectionThreshold',
    label: { ko: '장애인연금 선정기준액', en: 'Disability Pension selection threshold' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { single: 1300000, couple: 2080000 } },
        sources: [booklet2024],
      },
      {
        from: '2025-01-01',
        value: { type: 'byKey', values: { single: 1380000, couple: 2208000 } },
        sources: [secondary2025],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { single: 1400000, couple: 2240000 } },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'disabilityPension.basicBenefit',
    label: { ko: '기초급여액 (단독)', en: 'basic benefit (single)' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 334810 }, sources: [booklet2024] },
      { from: '2025-01-01', value: { type: 'scalar', value: 342510 }, sources: [basicPension2025] },
      { from: '2026-01-01', value: { type: 'scalar', value: 349700 }, sources: [bokjiro] },
    ],
  },
  {
    id: 'disabilityPension.coupleReductionRate',
    label: {
      ko: '기초급여 부부감액률 (부부 모두 기초급여 수급 시 각각)',
      en: 'basic-benefit couple reduction (each, when both spouses receive it)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 0.2 }, sources: [booklet2024, bokjiro] },
    ],
  },
  {
    id: 'disabilityPension.basicBenefitEndAge',
    label: {
      ko: '기초급여 종료 연령 (기초연금으로 전환)',
      en: 'age at which the basic benefit ends (Basic Pension instead)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet2024, bokjiro] }],
  },
  {
    id: 'disabilityPension.additionalBenefit',
    label: { ko: '부가급여액 (수급 구분·연령별)', en: 'additional benefit (by group and age)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: {
            'livelihoodMedical.under65': 90000,
            'livelihoodMedical.65plus': 439700,
            'housingEducationNearPoor.under65': 80000,
            'housingEducationNearPoor.65plus': 80000,
            'aboveNearPoor.under65': 30000,
            'aboveNearPoor.65plus': 50000,
          },
        },
        sources: [bokjiro],
        note: '일반 수급자 기준. 생계·의료 65세 이상 439,700원은 출처에 인쇄된 그대로. 보장시설 수급자와 급여특례(65세 이상 주거·교육·차상위 150,000원)는 구분 자료가 없어 미결정',
      },
    ],
  },
];

type Group = 'livelihoodMedical' | 'housingEducationNearPoor' | 'aboveNearPoor';

/**
 * 생계·의료 / 주거·교육·차상위 / 차상위 초과: from NBLSS benefit receipt of any household member, else the NBLSS
 * income-recognized amount against the near-poor line (50% of median).
 */
function additionalGroup(ctx: BenefitContext): {
  group: Group;
  lines: DetailLine[];
  nblssRecipient: boolean;
} {
  const received = new Set(ctx.members().flatMap((m) => m.fact('programRecipient', 'programs') as string[]));
  if (LIVELIHOOD_OR_MEDICAL.some((id) => received.has(id))) {
    return { group: 'livelihoodMedical', lines: [], nblssRecipient: true };
  }
  if (HOUSING_OR_EDUCATION.some((id) => received.has(id))) {
    return { group: 'housingEducationNearPoor', lines: [], nblssRecipient: true };
  }
  const size = Number(ctx.get('household.size'));
  const recognized = Number(ctx.get('household.incomeRecognized.nblss'));
  const nearPoorLine = ctx.param('nblss.threshold.education', size);
  const lines: DetailLine[] = [
    {
      label: t('가구 소득인정액 (기초생활보장)', 'household income-recognized amount (NBLSS)'),
      value: recognized,
    },
    { label: t('차상위 기준 (기준 중위소득 50%)', 'near-poor line (50% of median)'), value: nearPoorLine },
  ];
  const group = recognized <= nearPoorLine ? 'housingEducationNearPoor' : 'aboveNearPoor';
  return { group, lines, nblssRecipient: false };
}

/** A fact of the subject's spouse (the household head or spouse opposite the subject). */
function spouseFact(ctx: BenefitContext, kind: 'disability', field: string) {
  const relation = ctx.get('person.relation');
  const spouseRelation = relation === 'head' ? 'spouse' : 'head';
  const spouse = ctx
    .members()
    .find((m) => m.personId !== ctx.subjectId && m.get('person.relation') === spouseRelation);
  return spouse ? spouse.fact(kind, field) : 'none';
}

export default defineProgram({
  id: 'WLF00003249',
  version: '2026.1',
  name: t('장애인연금', 'Disability Pension'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [
    t(
      '장애인연금법 (제2조제1호 중증장애인 정의 등)',
      'Disability Pension Act (art. 2(1), severe disability, and others)',
    ),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '만 18세 이상 중증장애인으로 본인·배우자의 소득인정액이 선정기준액 이하인 사람에게 기초급여(65세 미만)와 부가급여를 매월 지급합니다. 직역연금 수급자와 그 배우자는 예외에 해당하지 않으면 제외됩니다.',
    'Severely disabled people aged 18+ whose income-recognized amount (with their spouse) is at or below the threshold receive a monthly basic benefit (under 65) and an additional benefit. Occupational-pension recipients and their spouses are excluded unless an exception applies.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('disabilityPension.minAge')),
    cmp(
      t('장애인연금법상 중증장애인', 'severely disabled under the Disability Pension Act'),
      fact('disability', 'severity'),
      '==',
      lit('severe', t('중증', 'severe')),
    ),
    cmp(
      t(
        '소득인정액이 선정기준액 이하 (단독·부부)',
        'income-recognized amount at or below the threshold (single / couple)',
      ),
      v('person.incomeRecognized.disabilityPension'),
      '<=',
      param('disabilityPension.selectionThreshold', { by: 'person.maritalUnit' }),
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
          '직역재직기간 10년 미만 연계퇴직연금, 일시금 수령 후 5년 경과 등 예외 해당 여부 (연계 자료 없음, 담당자 확인)',
          'whether an exception applies (linked retirement pension with under 10 years of service, 5 years after a lump sum, …): no linked data, caseworker check',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '기초급여 (만 65세가 되는 달의 전달까지, 2026년 349,700원; 부부가 모두 기초급여를 받으면 각각 20% 감액; 65세부터 기초연금으로 전환) + 부가급여 (생계·의료 90,000/439,700원, 주거·교육·차상위 80,000원, 차상위 초과 30,000/50,000원). 초과분 감액(2만원 단위, 기초생활수급자 미적용)의 구간표, 보장시설 수급자·급여특례 구분, 배우자가 65세 이상 중증장애인인 부부의 감액은 출처·자료에 없어 해당 시 금액 미결정',
      'Basic benefit (until the month before turning 65; 349,700 in 2026; −20% each when both spouses receive it; from 65 the Basic Pension applies instead) + additional benefit (livelihood/medical 90,000/439,700; housing/education/near-poor 80,000; above near-poor 30,000/50,000). The amount is undetermined where the income-reversal reduction (20,000-won steps, not for NBLSS recipients) could apply, for facility residents and special-case classes, and for couples whose spouse is 65+ and severely disabled',
    ),
    amount: (ctx) => {
      if (ctx.fact('facilityResident') === true) {
        throw new MissingData([
          {
            dataType: 'rule:disabilityPension.facilityResident',
            what: t(
              '보장시설 수급자의 부가급여 (일반·급여특례 구분 자료 없음)',
              'additional benefit of a facility resident (general / special-case class not in the data)',
            ),
          },
        ]);
      }
      const endAge = ctx.param('disabilityPension.basicBenefitEndAge');
      const senior = Number(ctx.get('person.age')) >= endAge;
      const lines: DetailLine[] = [];
      const { group, lines: groupLines, nblssRecipient } = additionalGroup(ctx);
      lines.push(...groupLines, { label: t('부가급여 구분', 'additional-benefit group'), value: group });
      if (senior && group === 'housingEducationNearPoor') {
        throw new MissingData([
          {
            dataType: 'rule:disabilityPension.specialCase',
            what: t(
              '65세 이상 주거·교육·차상위 수급자의 일반(80,000원)·급여특례(150,000원) 구분 (자료 없음)',
              '65+ housing/education/near-poor: general (80,000) or special-case (150,000) class (not in the data)',
            ),
          },
        ]);
      }
      const additional = ctx.param(
        'disabilityPension.additionalBenefit',
        `${group}.${senior ? '65plus' : 'under65'}`,
      );
      let basic = 0;
      if (!senior) {
        basic = ctx.param('disabilityPension.basicBenefit');
        const couple = ctx.get('person.maritalUnit') === 'couple';
        let bothReceive = false;
        if (couple) {
          const spouseAge = Number(ctx.get('person.spouseAge'));
          const spouseSevere = spouseFact(ctx, 'disability', 'severity') === 'severe';
          if (spouseSevere && spouseAge >= endAge) {
            throw new MissingData([
              {
                dataType: 'rule:disabilityPension.coupleReduction',
                what: t(
                  '배우자가 65세 이상 중증장애인(기초연금 대상)일 때의 부부감액 적용 여부 (출처에 없음)',
                  'couple reduction when the spouse is 65+ and severely disabled (Basic Pension age): not in the sources',
                ),
              },
            ]);
          }
          bothReceive = spouseSevere && spouseAge >= ctx.param('disabilityPension.minAge');
        }
        if (bothReceive) {
          const reduction = floorWon(basic * ctx.param('disabilityPension.coupleReductionRate'));
          lines.push({ label: t('부부감액 (20%)', 'couple reduction (20%)'), value: -reduction });
          basic -= reduction;
        }
        const recognized = Number(ctx.get('person.incomeRecognized.disabilityPension'));
        const threshold = ctx.param('disabilityPension.selectionThreshold', couple ? 'couple' : 'single');
        const unitBasic = bothReceive ? basic * 2 : basic;
        // 초과분 감액: not applied to NBLSS recipients; otherwise 20,000-won steps whose bands are not fully stated.
        if (!nblssRecipient && recognized + unitBasic > threshold) {
          throw new MissingData([
            {
              dataType: 'rule:disabilityPension.incomeReversal',
              what: t(
                `소득인정액 ${recognized}원 + 기초급여액 ${unitBasic}원이 선정기준액 ${threshold}원을 넘음: 초과분 감액 (2만원 단위) 구간표가 출처에 없음`,
                `income-recognized ${recognized} + basic benefit ${unitBasic} exceeds the threshold ${threshold}: the 20,000-won reduction bands are not in the sources`,
              ),
            },
          ]);
        }
      }
      const amountKrw = basic + additional;
      return {
        amountKrw,
        lines: [
          {
            label: senior
              ? t('기초급여 (65세 이상: 기초연금으로 전환)', 'basic benefit (65+: Basic Pension instead)')
              : t('기초급여', 'basic benefit'),
            value: basic,
          },
          ...lines,
          { label: t('부가급여', 'additional benefit'), value: additional },
          { label: t('지급액', 'amount paid'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['self', 'family', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
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
      { id: 'application', label: t('장애인연금 신청서', 'Disability Pension application'), required: true },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
      {
        id: 'disabilityAssessment',
        label: t(
          '장애 정도 심사 서류 (중증 여부 확인이 필요한 경우)',
          'disability assessment documents (if severity must be confirmed)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00001164',
      kind: 'reduces',
      reason: t(
        '만 65세부터 기초급여 대신 기초연금을 받고 부가급여만 계속 지급',
        'from age 65 the Basic Pension replaces the basic benefit; only the additional benefit continues',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, booklet2024],
  fidelity: 'statutory',
  parameters,
  cases,
});
