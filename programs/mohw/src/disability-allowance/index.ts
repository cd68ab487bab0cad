import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 장애수당 (WLF00003265) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003265&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const LIVELIHOOD = 'WLF00001132';
const MEDICAL = 'WLF00000102';
const HOUSING = 'WLF00003201';
const EDUCATION = 'WLF00001089';

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityAllowance.minAge',
    label: t('지급 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(18), sources: [bokjiro] }],
  },
  {
    id: 'disabilityAllowance.schoolExclusionMaxAge',
    label: t(
      '초·중등학교 재학자 제외 연령 상한 (18세 이상 이 나이 이하)',
      'upper age of the school-pupil exclusion (18 up to this age)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(20), sources: [bokjiro] }],
  },
  {
    id: 'disabilityAllowance.monthly',
    label: t('장애수당 (월)', 'Disability Allowance (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(60000),
        sources: [bokjiro],
        note: '기초수급(생계·의료·주거·교육급여) 및 차상위계층',
      },
    ],
  },
  {
    id: 'disabilityAllowance.facilityMonthly',
    label: t(
      '보장시설 수급자(생계·의료급여) 장애수당 (월)',
      'Disability Allowance for facility residents on livelihood or medical benefit (monthly)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(30000), sources: [bokjiro] }],
  },
];

const recipientOf = (id: string, ko: string, en: string) =>
  cmp(
    t(`${ko} 수급 가구`, `household receives the ${en}`),
    receives(id, t(`${ko} 수급`, `${en} recipient`)),
    '==',
    lit(true),
  );

export default defineProgram({
  id: 'WLF00003265',
  version: '2026.1',
  name: t('장애수당', 'Disability Allowance'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '만 18세 이상 등록장애인 중 장애인연금법상 중증장애인이 아닌 기초생활수급자·차상위계층(소득인정액 기준 중위소득 50% 이하)에게 월 6만원(보장시설 생계·의료급여 수급자 월 3만원)을 지급합니다. 18~20세 초·중등학교 재학자는 제외됩니다.',
    'Registered disabled people aged 18+ who are not severely disabled under the Disability Pension Act and are NBLSS recipients or near-poor (income-recognized amount at most 50% of the median) receive 60,000 won a month (30,000 for facility residents on livelihood or medical benefit). Pupils aged 18–20 still at school are excluded.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('disabilityAllowance.minAge')),
    not(
      t('18~20세 초·중등학교(특수학교 포함) 재학자 제외', 'pupils aged 18–20 at school are excluded'),
      all(
        t('만 20세 이하로 초·중등학교 재학 중', 'aged 20 or under and at school'),
        cmp(
          t('만 20세 이하', 'aged 20 or under'),
          v('person.age'),
          '<=',
          param('disabilityAllowance.schoolExclusionMaxAge'),
        ),
        cmp(
          t(
            '초·중·고등학교 재학 (휴학 포함)',
            'enrolled at an elementary, middle or high school (incl. leave)',
          ),
          fact('student', 'level'),
          'in',
          lit(['elementary', 'middle', 'high'], t('초·중·고등학교', 'elementary, middle or high school')),
        ),
      ),
    ),
    cmp(
      t('「장애인복지법」상 등록장애인', 'registered disabled person'),
      fact('disability'),
      '==',
      lit(true),
    ),
    cmp(
      t('장애인연금법상 중증장애인이 아님', 'not severely disabled under the Disability Pension Act'),
      fact('disability', 'severity'),
      '!=',
      lit('severe', t('중증', 'severe')),
    ),
    any(
      t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
      recipientOf(LIVELIHOOD, '생계급여', 'livelihood benefit'),
      recipientOf(MEDICAL, '의료급여', 'medical aid'),
      recipientOf(HOUSING, '주거급여', 'housing benefit'),
      recipientOf(EDUCATION, '교육급여', 'education benefit'),
      someMember(
        t('차상위계층 확인 가구원', 'a certified near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      cmp(
        t(
          '가구 소득인정액이 기준 중위소득 50% 이하 (차상위, 부양의무자 기준 미적용)',
          'household income-recognized amount at most 50% of the median (near-poor; no support-obligor rule)',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        param('nblss.threshold.education', { by: 'household.size' }),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 60,000원; 보장시설 수급자(생계·의료급여)는 월 30,000원',
      '60,000 won a month; 30,000 for facility residents on livelihood or medical benefit',
    ),
    amount: (ctx) => {
      const received = new Set(
        ctx.members().flatMap((m) => m.fact('programRecipient', 'programs') as string[]),
      );
      const facilityRecipient =
        ctx.fact('facilityResident') === true && (received.has(LIVELIHOOD) || received.has(MEDICAL));
      const amountKrw = ctx.param(
        facilityRecipient ? 'disabilityAllowance.facilityMonthly' : 'disabilityAllowance.monthly',
      );
      return {
        amountKrw,
        lines: [
          {
            label: facilityRecipient
              ? t('보장시설 수급자 장애수당', 'allowance for facility residents')
              : t('장애수당', 'Disability Allowance'),
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
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00003249',
      kind: 'exclusive',
      reason: t(
        '장애수당은 장애인연금법상 중증장애인이 아닌 사람(장애인연금 비수급 경증장애인)에게 지급',
        'the allowance is for people who are not severely disabled under the Disability Pension Act (not on the Disability Pension)',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: [LIVELIHOOD, MEDICAL, HOUSING, EDUCATION],
  parameters,
  cases,
});
