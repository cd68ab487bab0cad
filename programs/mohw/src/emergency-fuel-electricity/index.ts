import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import {
  emergencyAssetLimit,
  emergencyFinancialAssetLimit,
  emergencyIncomeLimit,
} from '../emergency-welfare-means.js';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 긴급복지 연료비 및 전기요금 (WLF00001162) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001162&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

// The income and asset limits (emergencyWelfare.*) are the parameters shared by every 긴급복지
// program, defined with the livelihood support (WLF00003180) and citing this record too.
const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyFuel.monthlyFuel',
    label: { ko: '연료비 (월, 정액)', en: 'fuel costs (monthly, flat)' },
    unit: 'krw/month',
    versions: [
      { from: '2026-01-01', value: scalar(150000), sources: [record], note: '동절기(10~3월)에 한함' },
    ],
  },
  {
    id: 'emergencyFuel.winterMonths',
    label: {
      ko: '연료비 지원 동절기 (시작 월·끝 월)',
      en: 'winter months for fuel costs (first and last month)',
    },
    unit: 'count',
    versions: [
      { from: '2026-01-01', value: { type: 'byKey', values: { from: 10, to: 3 } }, sources: [record] },
    ],
  },
  {
    id: 'emergencyFuel.electricityMax',
    label: { ko: '전기요금 지원 한도', en: 'electricity bill support cap' },
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(500000), sources: [record] }],
  },
  {
    id: 'emergencyFuel.electricityArrearsLimit',
    label: { ko: '전기요금 체납액 한도 (미만)', en: 'electricity arrears limit (below)' },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(500000),
        sources: [record],
        note: '50만원 이상 연체한 경우 지원 제외',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001162',
  version: '2026.1',
  name: t('긴급복지 연료비 및 전기요금', 'Emergency welfare fuel and electricity costs'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '긴급복지 주지원(생계지원, 주거지원)을 받는 가구 중 위기상황을 극복하기 위해 연료비나 전기요금 지원이 필요한 경우 부가적으로 지원합니다.',
    'Additionally pays fuel costs or electricity bills for households receiving main emergency support (livelihood or housing) when they need it to overcome the crisis.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '긴급복지 생계지원 또는 주거지원을 받는 긴급지원대상가구',
        'receives emergency livelihood or housing support',
      ),
      cmp(
        t('긴급복지 생계지원 수급', 'receives emergency livelihood support'),
        receives('WLF00003180', t('긴급복지 생계지원 수급', 'receives emergency livelihood support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 주거지원 수급', 'receives emergency housing support'),
        receives('WLF00000917', t('긴급복지 주거지원 수급', 'receives emergency housing support')),
        '==',
        lit(true),
      ),
    ),
    someMember(
      t('가구원에게 위기사유 발생', 'a member is in a crisis situation'),
      cmp(t('위기사유', 'crisis situation'), fact('crisis'), '==', lit(true)),
    ),
    emergencyIncomeLimit(),
    emergencyAssetLimit({ deductionOutsideLargeCitiesOnly: true }),
    emergencyFinancialAssetLimit(),
    judgement(
      t(
        '부가지원 필요를 시군구청장이 인정: 연료비는 동절기(10~3월), 전기요금은 주택용 전기 단전(전류 제한기 포함)·체납 50만원 미만',
        'the head of the local government finds extra support needed: fuel in winter (October–March); electricity when household power is cut off (or limited) with arrears under 500,000',
      ),
      t(
        '시군구청장의 부가지원 필요 인정 (동절기 여부, 단전·체납액 확인)',
        'the local government’s finding (winter months, cut-off and arrears)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '연료비: 동절기(10~3월)에 월 150,000원 정액. 전기요금: 주택용 전기가 50만원 미만 체납으로 단전된 경우 최대 50만원 범위에서 지원 (지원요청서 [서식 7]과 체납고지서를 내면 시군구청장이 고지서 발급기관에 직접 지급; 비주택용·공업용·소매상용 전기이거나 50만원 이상 연체는 제외). 시군구청장 인정이 필요해 금액은 계산하지 않음',
      'Fuel: 150,000 a month, flat, in winter (October–March). Electricity: when household power was cut off over arrears under 500,000, up to 500,000, paid by the local government straight to the utility (not for non-residential, industrial or retail supply, or arrears of 500,000 or more). Needs the local government’s finding, so no amount is computed',
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
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [record],
  fidelity: 'statutory',
  dependsOn: ['WLF00000917', 'WLF00003180'],
  parameters,
  cases,
});
