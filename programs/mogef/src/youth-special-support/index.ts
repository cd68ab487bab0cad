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
  title: '복지로 청소년특별지원 (WLF00000078), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000078&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「위기청소년 특별지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthSpecialSupport.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.incomeShare',
    label: t('가구 소득기준 (기준 중위소득 대비)', 'household income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.livingMax',
    label: t('생활지원 한도', 'living support cap'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 650000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.healthMax',
    label: t('건강지원 한도', 'health support cap'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2000000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.tuition',
    label: t('학업지원 (수업료)', 'study support (tuition)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 150000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.examPrepMax',
    label: t('학업지원 (검정고시 준비) 한도', 'study support cap (qualification exam preparation)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.academyMax',
    label: t('학업지원 (교과 학원비) 한도', 'study support cap (subject cram school)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.selfRelianceMax',
    label: t('자립지원 한도', 'self-reliance support cap'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 360000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.counsellingMax',
    label: t('상담지원 한도', 'counselling support cap'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.psychTestMax',
    label: t('심리검사비 한도', 'psychological test cap'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 400000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.legalMax',
    label: t('법률지원 한도', 'legal support cap'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3500000 }, sources: [booklet] }],
  },
  {
    id: 'youthSpecialSupport.activityMax',
    label: t('청소년활동 지원 한도', 'youth activity support cap'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000078',
  version: '2026.1',
  name: t('청소년특별지원', 'Special support for youth in crisis'),
  ministry: '성평등가족부',
  bureau: '학교밖청소년지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '다른 제도로 지원받지 못하는 만 9~24세 위기청소년(보호자의 보호를 받지 못하는 청소년, 학교 밖 청소년, 비행·일탈 예방이 필요한 청소년) 중 가구 소득이 기준 중위소득 100% 이하인 청소년에게 생활·건강·학업·자립·상담·법률·활동 지원을 합니다.',
    'Youth in crisis aged 9 to 24 who get no support from other programs (without effective parental care, out of school, or needing support to prevent delinquency), in households with income at most 100% of the median, receive living, health, study, self-reliance, counselling, legal and activity support.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthSpecialSupport.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('youthSpecialSupport.maxAge')),
    cmp(
      t('가구 소득이 기준 중위소득 100% 이하', 'household income at most 100% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 100%', 'median income × 100%'),
        param('median.income', { by: 'household.size' }),
        param('youthSpecialSupport.incomeShare'),
      ),
    ),
    any(
      t('위기청소년', 'youth in crisis'),
      cmp(t('학교 밖 청소년', 'out-of-school youth'), fact('outOfSchoolYouth'), '==', lit(true)),
      judgement(
        t(
          '보호자가 없거나 실질적 보호를 받지 못함, 또는 비행·일탈 예방 지원 필요',
          'no effective parental care, or support needed to prevent delinquency',
        ),
        t(
          '보호자의 보호 여부·비행 예방 필요성 (청소년상담복지센터·담당자 판단)',
          'parental care situation or delinquency-prevention need (youth counselling centre / caseworker)',
        ),
      ),
    ),
    judgement(
      t('다른 제도로 지원받지 못함', 'not supported by another program'),
      t(
        '다른 법·제도에 따른 동일 지원 수급 여부 (담당자 확인)',
        'whether the same support is received under another law or program (caseworker check)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '생활지원 월 65만원 이하, 건강지원 연 200만원 이하, 학업지원(수업료 월 15만원, 검정고시 월 30만원 이하, 학원비 월 30만원 이하), 자립지원 월 36만원 이하, 상담지원 월 30만원 이하(심리검사비 연 40만원 별도), 법률지원 연 350만원 이하, 청소년활동 지원 월 30만원 이하, 기타(교복·학용품 등)',
      'living support up to 650,000 a month, health up to 2,000,000 a year, study (tuition 150,000 a month, exam preparation up to 300,000, cram school up to 300,000 a month), self-reliance up to 360,000 a month, counselling up to 300,000 a month (plus psychological tests up to 400,000 a year), legal up to 3,500,000 a year, youth activities up to 300,000 a month, other (uniforms, school supplies)',
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
      {
        id: 'crisisOpinion',
        label: t(
          '위기청소년 지원 의견서 (청소년상담사·교사·사회복지사 등)',
          'opinion on the youth’s crisis (counsellor, teacher, social worker)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
