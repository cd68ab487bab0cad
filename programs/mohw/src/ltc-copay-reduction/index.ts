import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장기요양 본인부담금 감경 (WLF00001177), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001177&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인장기요양보험 본인부담금 감경」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'ltcCopayReduction.reductionRate',
    label: { ko: '본인부담금 감경률', en: 'copay reduction rates' },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { lower: 0.4, higher: 0.6 } }, sources: [book] },
    ],
  },
  {
    id: 'ltcCopayReduction.premiumRankShare',
    label: {
      ko: '감경 기준: 건강보험료 순위 (하위 비율 이하)',
      en: 'reduction test: health-insurance premium rank (bottom share)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001177',
  version: '2026.1',
  name: t('장기요양 본인부담금 감경', 'Long-term care copay reduction'),
  ministry: '보건복지부',
  bureau: '요양보험제도과',
  legalBasis: [t('노인장기요양보험법', 'Long-Term Care Insurance Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '노인장기요양보험 장기요양급여 이용자 중 건강보험료순위 50%이하자 및 기타의료급여 수급권자 등에게 본인부담금을 감경하여 서비스 이용부담을 완화합니다.',
    'Reduces the copay for long-term-care users whose health-insurance premium ranks in the bottom 50%, recipients of other medical aid and others, easing the cost of care.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('장기요양 1~5등급 또는 인지지원등급 인정', 'long-term-care grade 1–5 or cognitive-support grade'),
      fact('longTermCareGrade', 'grade'),
      'in',
      lit(['1', '2', '3', '4', '5', 'cognitive']),
    ),
    judgement(
      t(
        '감경 적용 기준 (건강보험료 순위 0~50% 이하, 기타 의료급여 수급권자 등)',
        'reduction criteria (premium rank in the bottom 50%, other medical-aid recipients, …)',
      ),
      t(
        '건강보험료 순위·자격 확인 (국민건강보험공단, 매월 말 확인)',
        'premium rank and eligibility (NHIS, checked each month)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인이 부담하는 장기요양급여 비용의 40% 또는 60% 감경. 별도 신청 없이 매월 말 건강보험료 등을 확인해 결정·통보',
      'The long-term-care copay is cut by 40% or 60%. Decided and notified at the end of each month from premiums; no application needed',
    ),
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
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
