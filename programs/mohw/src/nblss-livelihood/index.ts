import {
  all,
  ceilTo10,
  cmp,
  defineProgram,
  MissingData,
  type ParameterDefinition,
  param,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro = {
  title: '복지로 생계급여(맞춤형 급여) (WLF00001132) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001132&wlfareInfoReldBztpCd=01',
  status: 'official' as const,
};

/** Figures the record states for rules that no linked data can decide yet (see the benefit description). */
const parameters: ParameterDefinition[] = [
  {
    id: 'nblssLivelihood.obligorIncomeLimit',
    label: t(
      '생계급여 제외: 부양의무자 소득 기준 (초과 시 제외)',
      'exclusion: support obligor income limit (excluded above)',
    ),
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { annual: 130000000, monthly: 10840000 } },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'nblssLivelihood.obligorPropertyLimit',
    label: t(
      '생계급여 제외: 부양의무자 일반재산 기준 (초과 시 제외)',
      'exclusion: support obligor general property limit (excluded above)',
    ),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 1200000000 }, sources: [bokjiro] }],
  },
];

export default defineProgram({
  id: 'WLF00001132',
  version: '2026.1',
  name: t('생계급여', 'NBLSS livelihood benefit'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('국민기초생활 보장법 제7조·제8조', 'National Basic Living Security Act arts. 7–8')],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득인정액이 기준 중위소득 32% 이하인 가구에 생계급여 선정기준과 소득인정액의 차액을 매월 현금으로 지급합니다.',
    'Households whose income-recognized amount is at most 32% of the standard median income receive the difference between the threshold and that amount, monthly in cash.',
  ),
  // The 2026 record excludes people whose livelihood another law secures (homeless self-reliance
  // facilities, youth shelters, 법무보호공단 facilities, Hanawon) and obligors above 1.3억 a year or
  // 12억 in property; no linked data tells either, so they are in the benefit description, not here.
  // Residents of NBLSS facilities (보장시설수급자) are eligible and paid on a separate scale.
  criteria: all(
    undefined,
    cmp(
      t(
        '소득인정액이 생계급여 선정기준 이하',
        'income-recognized amount at or below the livelihood threshold',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      param('nblss.threshold.livelihood', { by: 'household.size' }),
    ),
  ),
  benefit: {
    description: t(
      '생계급여 선정기준 − 소득인정액 (10원 단위 올림), 매월 현금. 보장시설수급자는 시설 규모에 따른 별도 지급기준 (상세 기록에 금액 없음: 급여액 미결정). 타 법령으로 생계를 보장받는 사람 (노숙인 자활시설·청소년쉼터·한국법무보호공단시설 거주자, 하나원 재원 북한이탈주민 등)과 부양의무자의 소득이 연 1.3억원(월 1,084만원) 또는 일반재산이 12억원을 넘는 경우는 제외 (연계 자료가 없어 담당자 확인)',
      'livelihood threshold − income-recognized amount (rounded up to 10 won), monthly in cash. Facility residents are paid on a separate scale by facility size (not in the record: amount undetermined). Excluded: people whose livelihood another law secures (homeless self-reliance facilities, youth shelters, rehabilitation facilities, Hanawon) and households with a support obligor earning over 130 million a year (10.84 million a month) or owning general property over 1.2 billion (no linked data: the caseworker checks)',
    ),
    amount: (ctx) => {
      if (ctx.members().some((m) => m.fact('facilityResident') === true)) {
        throw new MissingData([
          {
            dataType: 'parameter:nblssLivelihood.facilityScale',
            what: {
              ko: '보장시설수급자 생계급여 지급기준 (시설 규모별; 2026 국민기초생활보장 사업안내, 상세 기록에 금액 없음)',
              en: 'livelihood benefit scale for facility residents (by facility size; 2026 NBLSS guide, not in the record)',
            },
          },
        ]);
      }
      const threshold = ctx.param('nblss.threshold.livelihood', Number(ctx.get('household.size')));
      const recognized = Number(ctx.get('household.incomeRecognized.nblss'));
      const amountKrw = ceilTo10(Math.max(0, threshold - recognized));
      return {
        amountKrw,
        lines: [
          { label: t('생계급여 선정기준', 'livelihood threshold'), value: threshold },
          { label: t('소득인정액', 'income-recognized amount'), value: recognized },
          { label: t('급여액 (10원 올림)', 'benefit (rounded up to 10 won)'), value: amountKrw },
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
        .meta({ label: t('급여 수령 계좌', 'bank account for payments') }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage') }),
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
      {
        id: 'rentContract',
        label: t('임대차계약서 (임차가구)', 'rental contract (tenants)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'semiannual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, { title: '2024 나에게 힘이 되는 복지서비스 「생계급여」', status: 'official' }],
  fidelity: 'statutory',
  parameters,
  cases,
});
