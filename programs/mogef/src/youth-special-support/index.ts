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

const bokjiro: Source = {
  title: '복지로 청소년특별지원 (WLF00000078) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000078&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: number,
): ParameterDefinition => ({
  id,
  label: t(ko, en),
  unit,
  versions: [{ from: '2026-01-01', value: scalar(value), sources: [bokjiro] }],
});

const parameters: ParameterDefinition[] = [
  p2026(
    'youthSpecialSupport.minAge',
    '최저 연령 (만 나이, 이상)',
    'minimum age (full years, inclusive)',
    'years',
    9,
  ),
  p2026(
    'youthSpecialSupport.maxAge',
    '최고 연령 (만 나이, 이하)',
    'maximum age (full years, inclusive)',
    'years',
    24,
  ),
  p2026(
    'youthSpecialSupport.incomeShare',
    '가구 소득기준 (기준 중위소득 대비)',
    'household income limit (share of the median)',
    'ratio',
    1,
  ),
  p2026(
    'youthSpecialSupport.livingMax',
    '생활지원 한도 (월)',
    'living support cap (monthly)',
    'krw/month',
    650000,
  ),
  p2026(
    'youthSpecialSupport.healthMax',
    '건강지원 한도 (월)',
    'health support cap (monthly)',
    'krw/month',
    2000000,
  ),
  p2026(
    'youthSpecialSupport.tuition',
    '학업지원: 수업료 (월)',
    'study support: tuition (monthly)',
    'krw/month',
    150000,
  ),
  p2026(
    'youthSpecialSupport.examPrepAcademyMax',
    '학업지원: 검정고시·학원비 한도 (월)',
    'study support cap: qualification exams and cram school (monthly)',
    'krw/month',
    300000,
  ),
  p2026(
    'youthSpecialSupport.selfRelianceMax',
    '자립지원 한도 (월)',
    'self-reliance support cap (monthly)',
    'krw/month',
    360000,
  ),
  p2026(
    'youthSpecialSupport.counsellingMax',
    '상담지원 한도 (월)',
    'counselling support cap (monthly)',
    'krw/month',
    300000,
  ),
  p2026(
    'youthSpecialSupport.psychTestMax',
    '심리검사비 한도 (연, 상담지원과 별도)',
    'psychological test cap (yearly, besides counselling)',
    'krw/year',
    400000,
  ),
  p2026(
    'youthSpecialSupport.legalMax',
    '법률지원 한도 (연)',
    'legal support cap (yearly)',
    'krw/year',
    3500000,
  ),
  p2026(
    'youthSpecialSupport.activityMax',
    '청소년활동 지원 한도 (월)',
    'youth activity support cap (monthly)',
    'krw/month',
    300000,
  ),
];

export default defineProgram({
  id: 'WLF00000078',
  version: '2026.1',
  name: t('청소년특별지원', 'Special support for youth in crisis'),
  ministry: '성평등가족부',
  bureau: '학교밖청소년지원과',
  legalBasis: [t('청소년복지 지원법', 'Juvenile Welfare Support Act')],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '만 9~24세 청소년 중 비행·일탈 예방 지원이 필요한 교육적 선도 대상자, 학교 밖 청소년, 보호자의 실질적 보호를 받지 못하는 청소년, 타인과의 교류 없이 제한된 공간에서만 생활하는 청소년으로서 다른 제도로 같은 지원을 받지 않고 가구 소득이 기준 중위소득 100% 이하인 청소년에게 생활·건강·학업·자립·상담·법률·활동 지원을 합니다.',
    'Youth aged 9 to 24 — under educational guidance to prevent delinquency, out of school, without effective parental care, or living withdrawn in a confined space — who get no such support elsewhere and whose household income is at most 100% of the median receive living, health, study, self-reliance, counselling, legal and activity support.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthSpecialSupport.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('youthSpecialSupport.maxAge')),
    cmp(
      t(
        '가구 소득이 기준 중위소득 100% 이하 (실제 생계·주거를 같이하는 부모만 가구원)',
        'household income at most 100% of the median (only parents actually living with the youth count)',
      ),
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
          '교육적 선도 대상자로 비행·일탈 예방 지원 필요 (청소년복지 지원법 제19조 제1항), 보호자가 없거나 실질적 보호를 받지 못함, 또는 타인과의 교류 없이 제한된 공간에서만 생활하여 일상생활이 현저히 곤란함',
          'under educational guidance needing support to prevent delinquency (Juvenile Welfare Support Act art. 19(1)), without effective parental care, or living withdrawn in a confined space with daily life markedly impaired',
        ),
        t(
          '선도 대상 여부·보호자의 보호 여부·은둔 상태 (특별지원 사전 검토서, 담당자 판단)',
          'guidance status, parental care situation or withdrawal (pre-review form, caseworker assessment)',
        ),
      ),
    ),
    judgement(
      t(
        '다른 제도 및 법령에 따라 동일한 내용의 지원을 받지 않음',
        'not receiving the same support under another program or law',
      ),
      t(
        '다른 법·제도에 따른 동일 지원 수급 여부 (담당자 확인)',
        'whether the same support is received under another law or program (caseworker check)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '생활지원 월 65만원 이하 (기초생계비·숙식), 건강지원 월 200만원 이하 (진찰·치료·입원 등), 학업지원 월 15만원 (수업료)·월 30만원 이하 (검정고시·학원비), 자립지원 월 36만원 이하, 상담지원 월 30만원 이하 (심리검사비 연 40만원 별도), 법률지원 연 350만원 이하, 청소년 활동지원 월 30만원 이하, 기타 (외모·흉터 교정, 교복·체육복, 학용품). 항목별 한도이며 지원액은 필요에 따라 정함 (산정 제외)',
      'Living support up to 650,000 a month (basic living costs, board), health up to 2,000,000 a month (examination, treatment, hospital), study 150,000 a month (tuition) and up to 300,000 a month (qualification exams, cram school), self-reliance up to 360,000 a month, counselling up to 300,000 a month (plus psychological tests up to 400,000 a year), legal up to 3,500,000 a year, youth activities up to 300,000 a month, other (correcting scars, uniforms, school supplies). Caps per item; the amount follows need (not computed)',
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
        id: 'preReview',
        label: t('특별지원 사전 검토서', 'special-support pre-review form'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
