import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 농식품바우처 (WLF00003176) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003176&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'agriFoodVoucher.maxAge',
    label: t('영유아·아동·청년 가구원 연령 (만, 이하)', 'young member: maximum age'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 34 },
        sources: [bokjiro],
        note: '생계급여 수급가구 중 임산부 또는 34세 이하 가구원을 포함하고 있는 가구',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003176',
  version: '2026.1',
  name: t('농식품바우처', 'Agri-food voucher'),
  ministry: '농림축산식품부',
  bureau: '식생활소비정책과',
  legalBasis: [
    t('농업·농촌 및 식품산업 기본법', 'Framework Act on Agriculture, Rural Community and Food Industry'),
  ],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'pregnancy'],
  situations: ['lowIncome'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '생계급여 수급가구(기준 중위소득 32% 이하) 중 임산부나 34세 이하 가구원이 있는 가구에 국내산 과일·채소·흰우유·신선알·육류·잡곡·두부·임산물을 살 수 있는 농식품바우처 전자카드를 매월 지원합니다. 외국인과 난민도 기준에 맞으면 지원합니다.',
    'Livelihood-benefit households (at most 32% of the median income) with a pregnant member or a member aged 34 or under get a monthly electronic voucher for domestic fruit, vegetables, white milk, fresh eggs, meat, grains, tofu and forest products; foreigners and refugees too when they meet the rules.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('생계급여 수급가구', 'livelihood benefit household'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    any(
      t('임산부 또는 34세 이하 가구원이 있음', 'a pregnant member or a member aged 34 or under'),
      someMember(
        t('임산부', 'a pregnant member'),
        cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      ),
      someMember(
        t('34세 이하 가구원 (영유아·아동·청년)', 'a member aged 34 or under (infant, child or young adult)'),
        cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('agriFoodVoucher.maxAge')),
      ),
    ),
  ),
  benefit: {
    description: t(
      '농협하나로마트 등에서 국내산 과일류·채소류·흰우유·신선알류·육류·잡곡류·두부류·임산물을 살 수 있는 농식품바우처 전자카드를 월 단위로 지원 (보장시설 수급자와 영양플러스 이용자는 가구원 수 산출에서 제외). 금액은 2026년 사업안내에서 정하며 복지로 상세 기록에는 없음',
      'A monthly electronic voucher card for domestic fruit, vegetables, white milk, fresh eggs, meat, grains, tofu and forest products at NH Hanaro Mart and other suppliers (facility recipients and Nutrition Plus users are not counted in the household size). The amount is set by the 2026 programme guide and is not stated in the Bokjiro record',
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
        label: t('농식품 바우처 신청(변경)서', 'agri-food voucher application (or change)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132'],
  parameters,
  cases,
});
