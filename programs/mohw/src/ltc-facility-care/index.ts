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
  title: '복지로 시설급여 (WLF00003194), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003194&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인장기요양보험제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'ltcFacilityCare.minAge',
    label: t(
      '대상 연령 (만 나이 이상, 그 미만은 노인성 질병)',
      'minimum age (full years; younger people need a geriatric disease)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'ltcFacilityCare.copayRate',
    label: t('시설급여 본인부담률', 'copayment rate'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.2 },
        sources: [booklet],
        note: '장기요양 급여비용의 20% 본인부담',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003194',
  version: '2026.1',
  name: t('시설급여', 'Long-term care in a facility'),
  ministry: '보건복지부',
  bureau: '요양보험제도과',
  legalBasis: [t('노인장기요양보험법', 'Long-Term Care Insurance for the Elderly Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'facility',
  cycle: 'monthly',
  summary: t(
    '독립적인 일상 생활이 어려운 노인이나 노인질병이 있는 중등 수급자에게 장기요양기관 등 시설 입소를 통해 신체 활동 및 교육 훈련을 지원합니다.',
    'Older people, or recipients with a geriatric disease, who cannot manage daily life independently are admitted to long-term-care facilities for help with physical activities and education and training.',
  ),
  criteria: all(
    undefined,
    any(
      t('만 65세 이상 또는 노인성 질병', 'aged 65 or over, or a geriatric disease'),
      cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('ltcFacilityCare.minAge')),
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
      '노인요양시설 등 장기요양기관 입소 수급자에게 신체활동 지원 및 심신기능 유지·향상을 위한 교육·훈련 제공. 장기요양 급여비용의 20% 본인부담',
      'Care in a long-term-care facility: help with physical activities and education and training to maintain body and mind. The resident pays 20% of the long-term-care cost',
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
