import { cmp, defineProgram, fact, lit, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 아가와 엄마를 위한 무료 공익보험(우체국대한민국 엄마보험) (WLF00005631) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005631&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: ParameterDefinition['versions'][number]['value'],
  note?: string,
): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit,
  versions: [{ from: '2026-01-01', value, sources: [bokjiro], ...(note ? { note } : {}) }],
});
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  p2026(
    'motherInsurance.riderAge',
    '특약(엄마) 가입나이',
    'rider (mother) enrolment age',
    'years',
    { type: 'byKey', values: { min: 17, max: 45 } },
    '22주 이내 임신부. 다태아는 특약 1명만',
  ),
  p2026(
    'motherInsurance.riderMaxWeeks',
    '특약 가입 임신 주수 (이내)',
    'rider: weeks of pregnancy (within)',
    'count',
    scalar(22),
  ),
  p2026(
    'motherInsurance.childTermYears',
    '주계약(자녀) 보험기간',
    'main contract (child) term',
    'years',
    scalar(10),
  ),
  p2026(
    'motherInsurance.riderMaxMonths',
    '특약(엄마) 보험기간 (분만 시까지, 최대)',
    'rider (mother) term (until delivery, at most)',
    'months',
    scalar(10),
  ),
  p2026(
    'motherInsurance.rareDiseaseBenefit',
    '주계약: 태아의 희귀질환 진단보험금 (최초 1회)',
    'main contract: rare-disease diagnosis benefit for the child (first diagnosis only)',
    'krw',
    scalar(1_000_000),
  ),
  p2026(
    'motherInsurance.pregnancyIllnessBenefit',
    '특약: 임신 중 질환별 진단보험금 (최초 1회)',
    'rider: diagnosis benefit by pregnancy illness (first diagnosis only)',
    'krw',
    {
      type: 'byKey',
      values: { preeclampsia: 100_000, gestationalHypertension: 50_000, gestationalDiabetes: 30_000 },
    },
  ),
];

export default defineProgram({
  id: 'WLF00005631',
  version: '2026.1',
  name: t(
    '아가와 엄마를 위한 무료 공익보험(우체국대한민국 엄마보험)',
    'Free public-interest insurance for babies and mothers (Korea Post mother insurance)',
  ),
  ministry: '과학기술정보통신부',
  bureau: '보험기획과',
  // The 2026 record lists no legal basis (no baslawList).
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'pregnancy'],
  situations: [],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '태아(주계약, 출산 전까지 가입)의 희귀질환과 17~45세 임신 22주 이내 엄마(특약)의 임신질환을 보장하는 공익보험으로, 보험료 전액을 국가(우체국)가 부담합니다.',
    'A public-interest insurance for the unborn child’s rare diseases (main contract, until birth) and, as a rider for mothers aged 17–45 within 22 weeks of pregnancy, pregnancy illnesses; Korea Post pays the whole premium.',
  ),
  criteria: cmp(
    t('임신 중 (주계약: 태아, 출산 전까지 가입)', 'pregnant (main contract: the unborn child, until birth)'),
    fact('pregnancy'),
    '==',
    lit(true),
  ),
  benefit: {
    description: t(
      '주계약 (태아, 10년 만기): 희귀질환 진단보험금 100만원 (최초 1회). 특약 (엄마 17~45세, 임신 22주 이내 가입, 분만 시까지 최대 10개월): 임신중독증 10만원, 임신고혈압 5만원, 임신성당뇨병 3만원 (최초 1회). 다태아는 각각 가입하되 특약은 1명만. 엄마 특약 없이 자녀만 가입하면 22주 이후에도 출산 전까지 가입 가능. 보험료는 우체국이 전액 부담 (전기납, 연납)',
      'Main contract (unborn child, 10-year term): 1,000,000 on a first rare-disease diagnosis. Rider (mother aged 17–45, enrolled within 22 weeks, until delivery, at most 10 months): 100,000 preeclampsia, 50,000 gestational hypertension, 30,000 gestational diabetes (first diagnosis). Each of twins is enrolled, the rider only once. Without the rider the child can be enrolled after 22 weeks until birth. Korea Post pays all premiums (yearly)',
    ),
  },
  form: {
    schema: z.object({
      withMotherRider: z.boolean().meta({
        label: t(
          '엄마 특약 가입 (17~45세, 임신 22주 이내)',
          'with the mother rider (17–45, within 22 weeks)',
        ),
      }),
      dueDate: z.iso.date().meta({ label: t('출산 예정일', 'due date') }),
      fetusCount: z
        .number()
        .int()
        .min(1)
        .max(8)
        .meta({ label: t('태아 수', 'number of unborn children') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      { id: 'application', label: t('보험 가입 청약서', 'insurance application'), required: true },
      {
        id: 'pregnancyProof',
        label: t('임신 확인서 (출산 예정일)', 'pregnancy certificate (due date)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'none',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
