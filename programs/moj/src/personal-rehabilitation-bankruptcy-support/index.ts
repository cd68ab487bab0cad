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
  title: '복지로 개인회생 파산 종합지원(지원센터) (WLF00006310), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006310&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「개인회생·파산 종합지원센터」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'personalRehabilitationBankruptcySupport.incomeShare',
    label: t('지원 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.25 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006310',
  version: '2026.1',
  name: t('개인회생 파산 종합지원(지원센터)', 'Personal rehabilitation and bankruptcy support centres'),
  ministry: '법무부',
  bureau: '인권구조과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['lowIncome'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '감당할 수 없는 빚으로 개인회생, 개인파산 및 면책 제도 이용을 원하는 국민을 지원합니다.',
    'Supports people with unmanageable debts who want to use personal rehabilitation, bankruptcy and discharge procedures.',
  ),
  criteria: all(
    undefined,
    any(
      t('대한민국 국민 또는 국내 체류 외국인', 'Korean national or foreign resident'),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(
        t('국내 체류 외국인 (외국인등록)', 'registered foreign resident'),
        fact('foreignResident'),
        '==',
        lit(true),
      ),
    ),
    cmp(
      t('가구 소득 기준 중위소득 125% 이하', 'household income at most 125% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 비율', 'median income × share'),
        param('median.income', { by: 'household.size' }),
        param('personalRehabilitationBankruptcySupport.incomeShare'),
      ),
    ),
    cmp(t('부채 있음', 'has debts'), v('household.debt'), '>', lit(0)),
    judgement(
      t(
        '감당할 수 없는 과도한 부채로 개인회생·파산·면책 절차가 필요함',
        'unmanageable debts requiring personal rehabilitation, bankruptcy or discharge',
      ),
      t(
        '부채 상황 상담 (개인회생·파산 종합지원센터)',
        'debt counselling (personal rehabilitation and bankruptcy centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '법률상담부터 개인회생·파산·면책 절차까지 전문 법률서비스 무료 제공',
      'Free legal services from advice through personal rehabilitation, bankruptcy and discharge',
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
        id: 'idCard',
        label: t('신분증 (외국인은 외국인등록증)', 'identity card (foreigners: residence card)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
