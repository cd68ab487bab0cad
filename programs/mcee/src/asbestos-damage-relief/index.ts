import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 석면피해구제급여 (WLF00000088), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000088&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「석면피해자 지원(석면피해 구제급여)」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  {
    id: 'asbestosRelief.monthlyAllowance',
    label: t('요양생활수당 (피해인정질병별, 월)', 'monthly care and living allowance by recognised disease'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            mesothelioma: 1_740_000,
            lungCancer: 1_740_000,
            diffusePleuralThickening: 1_250_000,
            asbestosis1: 1_250_000,
            asbestosis2: 830_000,
            asbestosis3: 410_000,
          },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'asbestosRelief.bereavedCondolence',
    label: t('특별유족조위금', 'special bereavement payment'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            mesothelioma: 49_540_000,
            lungCancer: 49_540_000,
            diffusePleuralThickening: 24_770_000,
            asbestosis1: 24_770_000,
            asbestosis2: 16_510_000,
            asbestosis3: 8_250_000,
          },
        },
        sources: [booklet],
      },
    ],
  },
  scalar(
    'asbestosRelief.funeral',
    ['장례비·특별장례비', 'funeral expenses'],
    'krw',
    3300000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000088',
  version: '2026.1',
  name: t('석면피해구제급여', 'Asbestos damage relief benefits'),
  ministry: '기후에너지환경부',
  bureau: '환경피해구제과',
  legalBasis: [t('석면피해구제법', 'Asbestos Injury Relief Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '석면으로 인한 건강피해자 및 유족에게 구제급여를 지급하여 건강피해를 신속하고 공정하게 구제합니다.',
    'Pays relief benefits to people whose health was harmed by asbestos, and to their bereaved families, for prompt and fair relief.',
  ),
  criteria: all(
    undefined,
    not(
      t(
        '산업재해보상보험법 등 다른 법령으로 급여를 받지 않음',
        'not receiving benefits under the industrial accident act or other laws',
      ),
      cmp(
        t('산재보험 급여 수급', 'industrial accident insurance benefit recipient'),
        receives(
          'WLF00005447',
          t('산재보험 급여 수급', 'industrial accident insurance benefit recipient'),
          'person',
        ),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t(
        '석면질병(원발성 악성중피종·원발성 폐암·석면폐증·미만성 흉막비후)으로 석면피해인정 또는 그 유족으로 특별유족인정',
        'recognised as harmed by an asbestos disease (primary mesothelioma, primary lung cancer, asbestosis, diffuse pleural thickening), or recognised as a bereaved family member',
      ),
      t(
        '석면피해(특별유족) 인정 (시군구 신청, 한국환경산업기술원 심의)',
        'recognition as an asbestos victim or bereaved family (apply at the district; KEITI review)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '요양급여(석면질병 치료비 본인일부부담금), 요양생활수당(월 41만~174만 원), 특별유족조위금(825만~4,954만 원), 장례비 330만 원 (2024년)',
      'Medical care (the patient’s share of asbestos-disease treatment), a monthly care and living allowance (KRW 410,000–1,740,000), a special bereavement payment (8,250,000–49,540,000) and funeral expenses of 3,300,000 (2024)',
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
  dependsOn: ['WLF00005447'],
  parameters,
  cases,
});
