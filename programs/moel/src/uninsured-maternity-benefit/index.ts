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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고용보험 미적용자 출산급여 지원 (WLF00000838), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000838&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고용보험 미적용자 출산급여 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'uninsuredMaternity.payment',
    label: t('출산급여', 'childbirth benefit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_500_000 }, sources: [booklet0] }],
  },
  {
    id: 'uninsuredMaternity.claimMonths',
    label: t('신청 기간 (출산일로부터, 개월)', 'application period from the birth (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet0] }],
  },
  {
    id: 'uninsuredMaternity.incomeWindowMonths',
    label: t('소득활동 확인 기간 (출산 전, 개월)', 'period checked for earnings before the birth (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet0] }],
  },
  {
    id: 'uninsuredMaternity.minIncomeMonths',
    label: t('소득활동 기간 (개월 이상)', 'months with earnings (at least)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00000838',
  version: '2026.1',
  name: t('고용보험 미적용자 출산급여 지원', 'Maternity benefit for earners without employment insurance'),
  ministry: '고용노동부',
  bureau: '고용문화개선정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    "소득활동을 하고 있으나 고용보험의 '출산전후휴가급여'를 지원받지 못하는 출산여성에게 출산급여를 지원합니다.",
    'Pays a childbirth benefit to women who earn an income but do not receive the employment-insurance maternity leave benefit.',
  ),
  criteria: all(
    undefined,
    cmp(t('출산 여성', 'a woman giving birth'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    any(
      t(
        '임신 중이거나 출산 후 신청 기간 (출산일로부터 1년) 이내',
        'pregnant, or within the application period (1 year from the birth)',
      ),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      someMember(
        t(
          '가구에 신청 기간 이내의 출생아 (생후 12개월 미만)',
          'a baby born within the application period (under 12 months) in the household',
        ),
        all(
          undefined,
          cmp(
            t('자녀·손자녀', 'child or grandchild'),
            v('person.relation'),
            'in',
            lit(['child', 'grandchild']),
          ),
          cmp(
            t('생후 개월 수가 신청 기간 미만', 'age in months within the application period'),
            v('person.ageMonths'),
            '<',
            param('uninsuredMaternity.claimMonths'),
          ),
        ),
      ),
    ),
    cmp(t('소득활동으로 소득이 있음', 'has income from work'), v('person.monthlyIncome'), '>', lit(0)),
    judgement(
      t(
        '출산 전 18개월 중 3개월 이상 소득활동을 했고 고용보험 출산전후휴가급여를 받지 못함 (1인 사업자, 특수형태근로자·프리랜서, 피보험단위기간 180일 미충족 근로자, 고용보험 적용제외 근로자)',
        'earned an income in 3+ of the 18 months before the birth and gets no employment-insurance maternity benefit (one-person businesses, special-type workers and freelancers, workers short of 180 insured days, workers outside employment insurance)',
      ),
      t(
        '출산 전 소득활동 증빙과 고용보험 출산전후휴가급여 수급 여부 (고용센터)',
        'proof of earnings before the birth and employment-insurance benefit status (job centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '출산급여 150만 원 (유산·사산은 임신 기간에 따라 금액 상이), 출산일로부터 1년 이내 1회 신청',
      'A childbirth benefit of 1,500,000 (for miscarriage or stillbirth the amount depends on the length of pregnancy), applied for once within 1 year of the birth',
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
      birthDate: z.iso.date().meta({ label: t('출산(예정)일', '(expected) date of birth') }),
      incomeActivity: z
        .enum(['soleProprietor', 'specialTypeWorker', 'freelancer', 'insuredUnder180Days', 'excludedWorker'])
        .meta({ label: t('소득활동 유형', 'type of earning activity') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      { id: 'incomeProof', label: t('소득활동 증빙서류', 'proof of earning activity'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
