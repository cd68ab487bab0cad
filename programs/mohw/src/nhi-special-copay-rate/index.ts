import {
  all,
  any,
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
  title: '복지로 건강보험 산정특례 (WLF00006333), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006333&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「건강보험 산정특례」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'nhiSpecialCopay.copayRate',
    label: t('질환별 본인부담률', 'copayment rate by disease'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            cancer: 0.05,
            cerebrovascular: 0.05,
            cardiac: 0.05,
            rare: 0.1,
            severeIntractable: 0.1,
            tuberculosis: 0,
            severeBurn: 0.05,
            severeTrauma: 0.05,
            severeDementia: 0.1,
          },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'nhiSpecialCopay.periodYears',
    label: t(
      '특례기간 (암·희귀·중증난치·중증치매, 년)',
      'special period (cancer, rare, severe intractable, severe dementia; years)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006333',
  version: '2026.1',
  name: t('건강보험 산정특례', 'Health insurance special copayment rates for serious diseases'),
  ministry: '보건복지부',
  bureau: '보험급여과',
  legalBasis: [
    t('국민건강보험법 시행령 별표2', 'Enforcement Decree of the National Health Insurance Act, annex 2'),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: [],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '암 등 중증질환, 희귀질환, 중증난치질환자의 의료비 부담을 완화하여 필수의료 보장을 강화합니다.',
    'Eases the medical costs of patients with cancer and other serious, rare and severe intractable diseases, strengthening essential care.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('건강보험 가입자 또는 피부양자', 'health-insurance subscriber or dependant'),
      fact('healthInsurance', 'kind'),
      'in',
      lit(['employee', 'regional'], t('직장·지역가입자', 'employee or regional subscriber')),
    ),
    any(
      t('산정특례 대상 질환', 'a disease covered by the special rates'),
      cmp(
        t(
          '암·희귀·중증난치·결핵 등록',
          'registered cancer, rare, severe intractable disease or tuberculosis',
        ),
        fact('illness', 'kind'),
        'in',
        lit(
          ['cancer', 'rare', 'severe', 'tuberculosis'],
          t('암·희귀·중증난치·결핵', 'cancer, rare, severe, tuberculosis'),
        ),
      ),
      judgement(
        t(
          '뇌혈관·심장질환, 중증화상·중증외상 또는 중증치매 (확진·등록기준)',
          'cerebrovascular or cardiac disease, severe burn or trauma, or severe dementia (diagnosis and registration rules)',
        ),
        t(
          '확진 및 산정특례 등록 (담당의사·국민건강보험공단)',
          'diagnosis and special-rate registration (doctor, NHIS)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인부담률 경감: 암·뇌혈관·심장·중증화상·중증외상 5%, 희귀·중증난치·중증치매 10%, 결핵 0%. 특례기간: 암·희귀·중증난치 5년 등',
      'Lower copayments: 5% for cancer, cerebrovascular and cardiac disease, severe burns and trauma; 10% for rare and severe intractable diseases and severe dementia; 0% for tuberculosis. Cancer, rare and severe intractable diseases: 5 years',
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
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
