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

const record: Source = {
  title: '복지로 차상위본인부담경감대상자지원 (WLF00001119) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001119&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「건강보험 차상위」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'nearPoorCopayReduction.childAgeLimit',
    label: { ko: '아동 연령 (만 나이 미만)', en: 'child age limit (under, full years)' },
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 18 },
        sources: [record],
        note: '18세 미만 (18세가 도래하는 날이 속하는 해까지)',
      },
    ],
  },
  {
    id: 'nearPoorCopayReduction.studentAgeLimit',
    label: {
      ko: '중·고등학교 재학생 연령 (만 나이 미만)',
      en: 'middle or high school students: age limit (under)',
    },
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 20 },
        sources: [record],
        note: '18세 이상 20세 미만 재학생: 20세가 도래하는 날이 속하는 달까지 (그 전에 졸업하면 졸업하는 달까지)',
      },
    ],
  },
  {
    id: 'nearPoorCopayReduction.copayRate',
    label: {
      ko: '본인부담률 (만성질환자·18세 미만)',
      en: 'copay rates (chronic disease and under 18)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { inpatientOutpatient: 0.14, meals: 0.2 } },
        sources: [book],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { inpatientOutpatient: 0.14, meals: 0.2 } },
        sources: [record],
        note: '희귀·중증난치·중증질환자는 요양급여비용 면제, 기본식대 20%',
      },
    ],
  },
  {
    id: 'nearPoorCopayReduction.outpatientFlatCopay',
    label: { ko: '외래 정액 본인부담', en: 'flat outpatient copay' },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { lower: 1000, higher: 1500 } },
        sources: [record],
        note: '기록: "정액 1000원, 1500원" (적용 구분은 기록에 없음)',
      },
    ],
  },
];

const recognizedWithin50 = cmp(
  t(
    '기준세대 소득인정액이 기준 중위소득 50% 이하',
    'income-recognized amount of the household at most 50% of the median',
  ),
  v('household.incomeRecognized.nblss'),
  '<=',
  param('nblss.threshold.education', { by: 'household.size' }),
);

export default defineProgram({
  id: 'WLF00001119',
  version: '2026.1',
  name: t('차상위본인부담경감대상자지원', 'Near-poor medical copay reduction'),
  ministry: '보건복지부',
  bureau: '보험정책과',
  legalBasis: [
    t('국민건강보험법 시행규칙', 'Enforcement Rules of the National Health Insurance Act'),
    t('국민건강보험법 시행령', 'Enforcement Decree of the National Health Insurance Act'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '희귀·중증난치·중증질환자, 만성질환자, 18세 미만 아동이 속한 세대의 소득인정액이 기준 중위소득 50% 이하이고 부양요건을 충족하면 건강보험 본인부담을 의료급여 수준으로 낮춥니다.',
    'People with a rare, intractable or severe disease, a chronic disease, or under 18, whose household income-recognized amount is at most 50% of the median and who meet the support test, pay health-insurance copays at about the medical-aid level.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '희귀·중증난치·중증·결핵 산정특례 대상자, 만성질환자, 18세 미만 또는 20세 미만 중·고등학생',
        'special-copay rare, intractable, severe or tuberculosis patient, chronic disease, under 18, or a middle or high school student under 20',
      ),
      cmp(
        t(
          '희귀질환·중증난치질환·중증질환(암·중증화상)·결핵 산정특례 또는 6개월 이상 치료 만성질환',
          'special-copay rare, intractable or severe disease (cancer, severe burns), tuberculosis, or a chronic disease treated 6+ months',
        ),
        fact('illness', 'kind'),
        'in',
        lit(
          ['rare', 'severe', 'cancer', 'tuberculosis', 'chronic'],
          t('희귀·중증난치·중증·암·결핵·만성', 'rare, intractable, severe, cancer, tuberculosis, chronic'),
        ),
      ),
      cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('nearPoorCopayReduction.childAgeLimit')),
      all(
        t('18세가 된 해의 말까지 (만 18세)', 'until the end of the year of the 18th birthday (aged 18)'),
        cmp(
          t('만 18세 이하', 'aged 18 or under'),
          v('person.age'),
          '<=',
          param('nearPoorCopayReduction.childAgeLimit'),
        ),
        judgement(
          t('올해 18세가 됨', 'turned 18 this year'),
          t('생년월일 (18세가 도래한 해)', 'date of birth (year of the 18th birthday)'),
        ),
      ),
      all(
        t('20세 미만 중·고등학교 재학생', 'middle or high school student under 20'),
        cmp(
          t('만 20세 미만', 'under 20'),
          v('person.age'),
          '<',
          param('nearPoorCopayReduction.studentAgeLimit'),
        ),
        cmp(
          t('중·고등학교 재학', 'enrolled in middle or high school'),
          fact('student', 'level'),
          'in',
          lit(['middle', 'high'], t('중학교·고등학교', 'middle or high school')),
        ),
      ),
    ),
    recognizedWithin50,
    cmp(
      t(
        '부양요건 충족 (부양의무자 없음 또는 부양능력 없음·부양받을 수 없음)',
        'support test met (no obligor, or obligors unable to support)',
      ),
      fact('supportObligor', 'result'),
      'in',
      lit(['none', 'unable'], t('부양의무자 없음 / 부양 불가', 'no obligor / unable to support')),
    ),
  ),
  benefit: {
    description: t(
      '요양기관 진료 후 의료급여와 비슷한 수준의 본인부담금만 부담 (일반가입자와의 차액은 국고 지원). 희귀·중증난치·중증질환자: 요양급여비용(입원·외래) 면제, 기본식대 20%. 만성질환자·18세 미만: 입원 요양급여비용 14%·기본식대 20%, 외래 14% (정액 1,000원·1,500원). 지역가입자는 건강보험료 전액 국고 지원. 기준세대(배우자·30세 미만 미혼자녀 포함)는 가구 전체로 계산',
      'After care, only a copay close to the medical-aid level (the state pays the difference). Rare, intractable or severe disease: no copay for inpatient or outpatient care, 20% of basic meals. Chronic disease and under-18s: 14% inpatient and 20% of meals, 14% outpatient (flat 1,000 or 1,500). Regional members’ premiums are paid in full. The reference household (spouse and unmarried children under 30) is computed as the whole household',
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
        label: t('사회보장급여 신청(변경)서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'incomeAssetReport',
        label: t('소득·재산 신고서', 'income and asset declaration'),
        required: true,
      },
      {
        id: 'diagnosis',
        label: t('진단서·소견서 (희귀·만성질환)', 'medical certificate (rare or chronic disease)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [record, book],
  fidelity: 'statutory',
  parameters,
  cases,
});
