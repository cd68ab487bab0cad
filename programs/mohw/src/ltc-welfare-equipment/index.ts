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
  title: '복지로 노인장기요양보험 복지용구 급여 (WLF00000103), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000103&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인장기요양보험제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'ltcWelfareEquipment.elderAge',
    label: { ko: '노인 연령 (만 나이 이상)', en: 'older-person age (full years, at least)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
  {
    id: 'ltcWelfareEquipment.homeCareCopay',
    label: { ko: '재가급여 본인부담률', en: 'copay rate for home-based benefits' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.15 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000103',
  version: '2026.1',
  name: t('노인장기요양보험 복지용구 급여', 'Long-term care insurance: welfare equipment benefit'),
  ministry: '보건복지부',
  bureau: '요양보험제도과',
  legalBasis: [t('노인장기요양보험법', 'Long-Term Care Insurance Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '장기요양 수급자에게 일상생활 또는 신체활동 지원 및 인지 기능의 유지 향상에 필요한 용구를 제공합니다.',
    'Provides long-term-care recipients with equipment they need for daily life and physical activity and to maintain or improve cognitive function.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('장기요양 1~5등급 또는 인지지원등급 인정', 'long-term-care grade 1–5 or cognitive-support grade'),
      fact('longTermCareGrade', 'grade'),
      'in',
      lit(['1', '2', '3', '4', '5', 'cognitive']),
    ),
    any(
      t('65세 이상 또는 65세 미만 노인성 질병', 'aged 65+, or under 65 with a geriatric disease'),
      cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('ltcWelfareEquipment.elderAge')),
      cmp(
        t('치매 (노인성 질병)', 'dementia (geriatric disease)'),
        fact('illness', 'kind'),
        '==',
        lit('dementia'),
      ),
      judgement(
        t(
          '노인성 질병 (중풍·뇌혈관질환·파킨슨병 등)',
          'geriatric disease (stroke, cerebrovascular disease, Parkinson’s, …)',
        ),
        t('노인성 질병 진단 (의사 소견서·진단서)', 'diagnosis of a geriatric disease (doctor’s note)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '일상생활·신체활동 지원 및 인지기능 유지·향상에 필요한 복지용구 구입 또는 대여 (재가급여, 장기요양 급여비용의 15% 본인부담)',
      'Purchase or rental of equipment for daily life, physical activity and cognitive function (a home-based benefit; 15% copay)',
    ),
  },
  form: {
    schema: z.object({
      equipment: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('복지용구 품목', 'equipment item') }),
      mode: z.enum(['purchase', 'rental']).meta({ label: t('구입·대여 구분', 'purchase or rental') }),
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
