import { ceilTo10, cmp, defineProgram, fact, lit, noMember, param, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const bokjiro = {
  title: '복지로 생계급여 (WLF00001132), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001132&wlfareInfoReldBztpCd=01',
  status: 'official' as const,
};

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
  criteria: {
    type: 'all',
    of: [
      cmp(
        t(
          '소득인정액이 생계급여 선정기준 이하',
          'income-recognized amount at or below the livelihood threshold',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        param('nblss.threshold.livelihood', { by: 'household.size' }),
      ),
      noMember(
        t(
          '보장시설 입소 등 타 법령에 의한 생계 보호 없음',
          'no member supported for livelihood under another law',
        ),
        cmp(t('보장시설 입소', 'facility resident'), fact('facilityResident'), '==', lit(true)),
      ),
    ],
  },
  benefit: {
    description: t(
      '생계급여 선정기준 − 소득인정액 (10원 단위 올림), 매월 현금',
      'livelihood threshold − income-recognized amount (rounded up to 10 won), monthly in cash',
    ),
    amount: (ctx) => {
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
  cases,
});
