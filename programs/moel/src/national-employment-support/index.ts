import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  type Text,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 국민취업지원제도 (WLF00003245) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003245&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: number,
  note?: string,
) => ({
  id,
  label: { ko, en },
  unit,
  versions: [
    {
      from: '2026-01-01',
      value: { type: 'scalar' as const, value },
      sources: [bokjiro],
      ...(note ? { note } : {}),
    },
  ],
});

const parameters: ParameterDefinition[] = [
  p2026('nes.minAge', '국민취업지원제도 참여 연령 하한', 'employment support minimum age', 'years', 15),
  p2026(
    'nes.maxAge',
    '국민취업지원제도 참여 연령 상한 (이하)',
    'employment support maximum age (inclusive)',
    'years',
    69,
  ),
  p2026(
    'nes.incomeRatio',
    'I유형 소득기준 (기준 중위소득 대비)',
    'Type I income limit (ratio of median)',
    'ratio',
    0.6,
  ),
  p2026('nes.assetCap', 'I유형 재산기준', 'Type I asset limit', 'krw', 400000000),
  p2026('nes.youthMaxAge', '청년 특례 연령 상한 (15~34세)', 'youth rule maximum age (15–34)', 'years', 34),
  p2026(
    'nes.youthIncomeRatio',
    'I유형 청년 소득기준 (기준 중위소득 대비)',
    'Type I youth income limit (ratio of median)',
    'ratio',
    1.2,
  ),
  p2026('nes.youthAssetCap', 'I유형 청년 재산기준', 'Type I youth asset limit', 'krw', 500000000),
  p2026(
    'nes.allowanceBase',
    '구직촉진수당 기본액',
    'job-seeking allowance base amount',
    'krw/month',
    600000,
    '최대 6개월',
  ),
  p2026(
    'nes.allowancePerDependent',
    '구직촉진수당 부양가족 1인당 추가액',
    'job-seeking allowance per dependent',
    'krw/month',
    100000,
  ),
  p2026(
    'nes.allowanceMax',
    '구직촉진수당 월 상한',
    'job-seeking allowance monthly maximum',
    'krw/month',
    1000000,
    '월 60~100만원',
  ),
  p2026(
    'nes.dependentMaxAge',
    '부양가족 인정 연령 (이하, 아동)',
    'dependent age limit (inclusive, children)',
    'years',
    18,
  ),
  p2026(
    'nes.dependentElderAge',
    '부양가족 인정 연령 (이상, 노인)',
    'dependent age (from, elderly)',
    'years',
    70,
  ),
];

/** Assets within `cap`: certain when even gross assets are, impossible when even net assets are not. */
function assetsWithin(label: Text, cap: string): Criterion {
  return any(
    label,
    cmp(
      t('재산 합계 (부채 차감 전) 기준 이하', 'assets before debt within the limit'),
      v('household.totalAssets'),
      '<=',
      param(cap),
    ),
    all(
      t('부채를 차감하면 기준 이하', 'within the limit after debt'),
      cmp(
        t('순재산 (부채 차감 후) 기준 이하', 'net assets within the limit'),
        v('household.netAssets'),
        '<=',
        param(cap),
      ),
      judgement(
        t('재산 산정 시 부채 차감 인정', 'debt is deducted in the asset test'),
        t(
          '재산 산정에서 부채 차감 여부 (출처에 명시 없음, 고용센터 확인)',
          'whether debt is deducted in the asset test (not stated; job centre check)',
        ),
      ),
    ),
  );
}

const medianTimes = (ratioParam: string, label: Text) =>
  mul(label, param('median.income', { by: 'household.size' }), param(ratioParam));

export default defineProgram({
  id: 'WLF00003245',
  version: '2026.1',
  name: t(
    '국민취업지원제도 (I유형 구직촉진수당)',
    'National Employment Support Program (Type I job-seeking allowance)',
  ),
  ministry: '고용노동부',
  bureau: '국민취업지원기획팀',
  legalBasis: [
    t(
      '구직자 취업촉진 및 생활안정지원에 관한 법률',
      'Act on the Promotion of Employment and Livelihood Stability of Job Seekers',
    ),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '15~69세 구직자 중 가구 소득이 기준 중위소득 60% 이하이고 재산이 4억원 이하(15~34세 청년은 120%·5억원 이하)인 사람에게 취업지원서비스와 구직촉진수당(월 60~100만원, 최대 6개월)을 제공합니다. II유형(취업활동비용)은 이 규칙에 포함하지 않습니다.',
    'Job seekers aged 15–69 with household income at most 60% of the median and assets at most 400,000,000 (youths 15–34: 120% and 500,000,000) get employment services and a job-seeking allowance (600,000–1,000,000 a month, up to 6 months). Type II (activity costs) is not part of these rules.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이상', 'aged 15 or over'), v('person.age'), '>=', param('nes.minAge')),
    cmp(t('만 69세 이하', 'aged 69 or under'), v('person.age'), '<=', param('nes.maxAge')),
    cmp(
      t('구직급여(실업급여) 미수급', 'not receiving unemployment benefit'),
      fact('unemploymentBenefit'),
      '==',
      lit(false),
    ),
    any(
      t('I유형 소득·재산 기준', 'Type I income and asset limits'),
      all(
        t(
          '일반: 기준 중위소득 60% 이하, 재산 4억원 이하',
          'general: at most 60% of the median, assets at most 400,000,000',
        ),
        cmp(
          t('가구 소득이 기준 중위소득 60% 이하', 'household income at most 60% of the median'),
          v('household.monthlyIncome'),
          '<=',
          medianTimes('nes.incomeRatio', t('기준 중위소득 × 60%', 'median income × 60%')),
        ),
        assetsWithin(t('재산 4억원 이하', 'assets at most 400,000,000'), 'nes.assetCap'),
      ),
      all(
        t(
          '청년 (15~34세): 기준 중위소득 120% 이하, 재산 5억원 이하',
          'youth (15–34): at most 120% of the median, assets at most 500,000,000',
        ),
        cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('nes.youthMaxAge')),
        cmp(
          t('가구 소득이 기준 중위소득 120% 이하', 'household income at most 120% of the median'),
          v('household.monthlyIncome'),
          '<=',
          medianTimes('nes.youthIncomeRatio', t('기준 중위소득 × 120%', 'median income × 120%')),
        ),
        assetsWithin(t('재산 5억원 이하', 'assets at most 500,000,000'), 'nes.youthAssetCap'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '구직촉진수당: 월 600,000원 + 부양가족(18세 이하, 70세 이상, 중증장애인) 1인당 100,000원, 월 최대 1,000,000원, 최대 6개월 (취업활동계획에 따른 구직활동 이행 시). 부양가족은 신청인을 제외한 가구원 중 연령·중증장애 기준에 맞는 사람으로 셈. 취업성공수당(최대 150만원)은 산정 제외',
      'Job-seeking allowance: 600,000 a month + 100,000 per dependent (18 or under, 70+, or severely disabled), at most 1,000,000 a month, up to 6 months (while following the job-search plan). Dependents are the other household members meeting the age or severe-disability rule. The employment-success allowance (up to 1,500,000) is not computed',
    ),
    amount: (ctx) => {
      const maxChildAge = ctx.param('nes.dependentMaxAge');
      const elderAge = ctx.param('nes.dependentElderAge');
      const dependents = ctx.members().filter((m) => {
        if (m.personId === ctx.subjectId) return false;
        const age = Number(m.get('person.age'));
        return age <= maxChildAge || age >= elderAge || m.fact('disability', 'severity') === 'severe';
      }).length;
      const base = ctx.param('nes.allowanceBase');
      const uncapped = base + dependents * ctx.param('nes.allowancePerDependent');
      const amountKrw = Math.min(uncapped, ctx.param('nes.allowanceMax'));
      return {
        amountKrw,
        lines: [
          { label: t('기본액', 'base amount'), value: base },
          { label: t('부양가족 수', 'dependents'), value: dependents },
          { label: t('구직촉진수당 (상한 적용)', 'job-seeking allowance (capped)'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      jobSearchStatus: z
        .enum(['unemployed', 'partTime', 'careerBreak', 'student'])
        .meta({ label: t('구직 상태', 'job-search status') }),
      workHistoryDaysLast2Years: z
        .number()
        .int()
        .min(0)
        .max(731)
        .meta({ label: t('최근 2년 취업 경험 일수', 'days worked in the last 2 years') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('수당 수령 계좌', 'bank account for the allowance') }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('소득·재산 조회 동의', 'consent to income and asset checks') }),
    }),
    evidence: [
      { id: 'application', label: t('취업지원 신청서', 'employment support application'), required: true },
      {
        id: 'familyRelation',
        label: t('가족관계증명서 (부양가족 확인)', 'family relation certificate (dependents)'),
        required: false,
      },
    ],
  },
  // The unemployment benefit (구직급여) is not a program in the registry; its receipt is a criterion above.
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
