import {
  all,
  any,
  cmp,
  defineProgram,
  everyMember,
  fact,
  judgement,
  lit,
  param,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro = {
  title: '복지로 의료급여(의료급여) (WLF00000102) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000102&wlfareInfoReldBztpCd=01',
  status: 'official' as const,
};

export default defineProgram({
  id: 'WLF00000102',
  version: '2026.1',
  name: t('의료급여', 'Medical aid'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [
    t('의료급여법', 'Medical Aid Act'),
    t('의료급여법 시행령', 'Enforcement Decree of the Medical Aid Act'),
    t('의료급여법 시행규칙', 'Enforcement Rules of the Medical Aid Act'),
  ],
  target: 'household',
  lifeCycle: ['child', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '소득인정액이 기준 중위소득 40% 이하이고 부양의무자 기준을 충족하는 가구에 건강보험 급여 범위의 진료를 낮은 본인부담으로 제공합니다.',
    'Households whose income-recognized amount is at most 40% of the standard median income and who meet the support-obligor rule receive covered medical care at a low copayment.',
  ),
  criteria: any(
    t(
      '「국민기초생활보장법」·「의료급여법」·타법에 의한 수급권자',
      'entitled under the NBLSS Act, the Medical Aid Act or another act',
    ),
    all(
      t('「국민기초생활보장법」에 의한 수급권자', 'entitled under the NBLSS Act'),
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
    all(
      t('타법에 의한 의료급여 수급권자', 'entitled to medical aid under another act'),
      someMember(
        t(
          '국가유공자·북한이탈주민·재난 피해자·의사상자·입양 아동 등 타법 대상 가구원',
          'a member covered by another act (veterans, North Korean defectors, disaster victims, righteous casualties, adopted children, …)',
        ),
        any(
          undefined,
          cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
          cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
          cmp(t('재난 피해', 'disaster victim'), fact('disasterVictim'), '==', lit(true)),
          cmp(t('의사상자', 'righteous casualty'), fact('righteousCasualty'), '==', lit(true)),
          cmp(t('입양', 'adoption'), fact('adoption'), '==', lit(true)),
        ),
      ),
      judgement(
        t('타법에 의한 의료급여 수급권자로 결정', 'found entitled to medical aid under that act'),
        t(
          '해당 법률에 따른 의료급여 대상 결정 (시군구·관계 기관)',
          'the decision under that act (local government or the agency concerned)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '「국민건강보험 요양급여 기준」의 급여대상 항목 의료비 지원. 1종: 근로능력이 없거나 근로가 곤란한 사람만으로 구성된 세대, 보장시설 수급자, 특례수급권자, 희귀난치성·중증질환 등록자, 행려환자(일정한 거소 없음·행정관서 이송·응급환자·부양의무자 없음 등 4가지 모두 충족) 등; 2종: 그 외. 타법 수급권자는 2023.1.1. 이후 신규 신청부터 근로능력에 따라 1·2종 부여. 금액으로 산정하지 않음',
      'Medical costs of the items covered by the national health insurance standards. Type 1: households made up only of people unable to work, facility residents, special-case recipients, registered rare or severe disease patients, homeless emergency patients (all four conditions) and others; type 2: everyone else. Recipients under other acts who applied from 2023-01-01 get type 1 or 2 by work capacity. Not a cash amount',
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
