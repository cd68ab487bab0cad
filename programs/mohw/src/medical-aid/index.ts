import { all, cmp, defineProgram, everyMember, fact, lit, param, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const bokjiro = {
  title: '복지로 의료급여 (WLF00000102), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000102&wlfareInfoReldBztpCd=01',
  status: 'official' as const,
};

export default defineProgram({
  id: 'WLF00000102',
  version: '2026.1',
  name: t('의료급여', 'Medical aid'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법·같은 법 시행령·시행규칙', 'Medical Aid Act, its decree and rules')],
  target: 'household',
  lifeCycle: ['child', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '소득인정액이 기준 중위소득 40% 이하이고 부양의무자 기준을 충족하는 가구에 건강보험 급여 범위의 진료를 낮은 본인부담으로 제공합니다.',
    'Households whose income-recognized amount is at most 40% of the standard median income and who meet the support-obligor rule receive covered medical care at a low copayment.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '소득인정액이 의료급여 선정기준 이하',
        'income-recognized amount at or below the medical aid threshold',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      param('nblss.threshold.medical', { by: 'household.size' }),
    ),
    everyMember(
      t(
        '부양의무자 기준 충족 (부양의무자 없음 또는 부양능력 없음·부양 불가)',
        'support-obligor rule met (no obligor, or obligors unable to support)',
      ),
      cmp(
        t('부양의무자 조사 결과', 'support-obligor assessment'),
        fact('supportObligor', 'result'),
        'in',
        lit(['none', 'unable'], t('부양의무자 없음 / 부양 불가', 'no obligor / unable to support')),
      ),
    ),
  ),
  benefit: {
    description: t(
      '의료급여 (1종: 근로능력 없는 가구 등, 2종: 그 외). 급여 항목·본인부담은 의료급여법에 따름 — 금액으로 산정하지 않음',
      'Medical aid (type 1: households without work capacity etc.; type 2: others). Covered care and copayments follow the Medical Aid Act; not a cash amount',
    ),
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['self', 'family', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      workCapacityAssessed: z.boolean().meta({
        label: t(
          '근로능력 평가 필요 가구원 있음 (1종·2종 구분)',
          'a member needs a work-capacity assessment (type 1/2)',
        ),
      }),
      consentToDataLinkage: z.literal(true).meta({
        label: t(
          '금융정보 등 제공 동의 (부양의무자 포함)',
          'consent to financial and other data linkage (incl. obligors)',
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
        label: t(
          '금융정보 등 제공 동의서 (가구원·부양의무자)',
          'financial data consent (members and obligors)',
        ),
        required: true,
      },
      {
        id: 'medicalCertificate',
        label: t('진단서 (근로능력 평가 대상자)', 'medical certificate (work-capacity assessment)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, { title: '2024 나에게 힘이 되는 복지서비스 「의료급여」', status: 'official' }],
  fidelity: 'statutory',
  cases,
});
