import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 영양플러스 사업 (WLF00006239), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006239&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「영양플러스」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'nutritionPlus.incomeShare',
    label: t('소득인정액 기준 (기준 중위소득 대비)', 'income-recognized limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet] }],
  },
  {
    id: 'nutritionPlus.maxChildAge',
    label: t('영유아 연령 (만 나이 이하, 6세까지)', 'infant age (up to and including, full years)'),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 6 },
        sources: [booklet],
        note: '책자 표기: 영유아(6세까지)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006239',
  version: '2026.1',
  name: t('영양플러스 사업', 'Nutrition Plus for pregnant women and infants'),
  ministry: '보건복지부',
  bureau: '건강증진과',
  legalBasis: [t('국민영양관리법', 'National Nutrition Management Act')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: ['multiChild', 'lowIncome'],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '영양 취약계층인 임산부 및 영유아의 영양문제를 해소하고, 올바른 식생활을 유도하여 건강증진 및 삶의 질 제고를 도모합니다.',
    'Addresses the nutrition problems of pregnant women and infants at nutritional risk and promotes healthy eating, for better health and quality of life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '가구 소득인정액이 기준 중위소득 80% 이하',
        'household income-recognized amount at most 80% of the median',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 80%', 'median income × 80%'),
        param('median.income', { by: 'household.size' }),
        param('nutritionPlus.incomeShare'),
      ),
    ),
    any(
      t(
        '임신부·출산·수유부 또는 영유아(6세까지)',
        'pregnant, postpartum or breastfeeding woman, or a child up to 6',
      ),
      cmp(t('임신부', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      cmp(t('영유아 (6세까지)', 'child up to 6'), v('person.age'), '<=', param('nutritionPlus.maxChildAge')),
      judgement(
        t('출산·수유부', 'postpartum or breastfeeding'),
        t('출산·수유 사실 (보건소 확인)', 'childbirth or breastfeeding (public health centre)'),
      ),
    ),
    judgement(
      t(
        '영양위험요인 (빈혈·저체중·성장부진·영양섭취불량 등)',
        'a nutritional risk factor (anaemia, low weight, poor growth, poor intake, …)',
      ),
      t('보건소 영양위험요인 평가', 'nutritional risk assessment at the public health centre'),
    ),
  ),
  benefit: {
    description: t(
      '개인별 영양 상태에 따른 영양보충식품(쌀·감자·달걀·우유·검정콩 등) 제공, 식생활 교육·상담',
      'Supplementary foods by nutritional status (rice, potatoes, eggs, milk, black beans, …) and nutrition education and counselling',
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
