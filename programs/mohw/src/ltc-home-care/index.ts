import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 재가급여 (WLF00003248), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003248&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인장기요양보험제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'ltcHomeCare.minAge',
    label: t(
      '대상 연령 (만 나이 이상, 그 미만은 노인성 질병)',
      'minimum age (full years; younger people need a geriatric disease)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'ltcHomeCare.copayRate',
    label: t('재가급여 본인부담률', 'copayment rate'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.15 },
        sources: [booklet],
        note: '장기요양 급여비용의 15% 본인부담',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003248',
  version: '2026.1',
  name: t('재가급여', 'Long-term care at home'),
  ministry: '보건복지부',
  bureau: '요양보험제도과',
  legalBasis: [t('노인장기요양보험법', 'Long-Term Care Insurance for the Elderly Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '독립적인 일상 생활이 어려운 노인과, 노인부양가정에 필요한 각종 서비스를 제공하여 건강하고 안정된 생활을 돕고 부양에 대한 부담을 줄여줍니다.',
    'Provides the services older people who cannot live independently, and families caring for them, need for a healthy and stable life and a lighter caring burden.',
  ),
  criteria: all(
    undefined,
    any(
      t('만 65세 이상 또는 노인성 질병', 'aged 65 or over, or a geriatric disease'),
      cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('ltcHomeCare.minAge')),
      cmp(
        t('치매 (노인성 질병)', 'dementia (geriatric disease)'),
        fact('illness', 'kind'),
        '==',
        lit('dementia', t('치매', 'dementia')),
      ),
      judgement(
        t(
          '그 밖의 노인성 질병 (중풍·뇌혈관질환·파킨슨병 등)',
          'another geriatric disease (stroke, cerebrovascular disease, Parkinson’s, …)',
        ),
        t('노인성 질병 진단 (의사 소견서·진단서)', 'diagnosis of a geriatric disease (doctor’s note)'),
      ),
    ),
    cmp(
      t(
        '장기요양등급 인정 (1~5등급·인지지원등급)',
        'long-term-care grade recognised (grades 1–5 or cognitive support)',
      ),
      fact('longTermCareGrade'),
      '==',
      lit(true),
    ),
  ),
  benefit: {
    description: t(
      '장기요양요원이 가정을 방문해 신체활동·가사활동 지원, 방문목욕·방문간호, 주야간보호, 단기보호, 복지용구(구입·대여) 제공. 장기요양 급여비용의 15% 본인부담',
      'Care workers visit at home for physical and household help, bathing and nursing; day and night care, short-term care and welfare equipment (purchase or rental). The user pays 15% of the long-term-care cost',
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
