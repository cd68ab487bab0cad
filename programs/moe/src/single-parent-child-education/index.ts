import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 한부모가족자녀 교육비 지원 (WLF00001104) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001104&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const SCHOOL_LEVELS = ['elementary', 'middle', 'high'];

const singleParentMember = () =>
  someMember(
    t('한부모가족 (한부모·조손가족 증명)', 'single-parent or grandparent family (certificate)'),
    cmp(
      t('한부모가족 증명', 'single-parent family certificate'),
      fact('singleParentFamily'),
      '==',
      lit(true),
    ),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'singleParentChildEducation.incomeShare',
    label: {
      ko: '소득인정액 기준 (기준 중위소득 대비)',
      en: 'income-recognized limit (share of the median)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 0.63 },
        sources: [bokjiro],
        note: '2026 복지로 상세는 63%로 적음 (같은 해 한부모가족 복지급여 WLF00001068은 65%; 상세가 첨부한 지침은 2025년판)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001104',
  version: '2026.1',
  name: t('한부모가족자녀 교육비 지원', 'Education Costs for Children of Single-Parent Families'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [t('한부모가족지원법', 'Single-Parent Family Support Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '초·중·고등학교에 재학 중인 한부모가족 보호대상자 자녀 중 소득인정액이 기준 중위소득 63% 이하인 한부모가족의 학생에게 입학금과 수업료를 지원합니다.',
    'Elementary, middle and high-school students of protected single-parent families whose income-recognized amount is at most 63% of the median get their entrance fee and tuition paid.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
      fact('student', 'level'),
      'in',
      lit(SCHOOL_LEVELS, t('초등학교·중학교·고등학교', 'elementary / middle / high school')),
    ),
    singleParentMember(),
    cmp(
      t('소득인정액이 기준 중위소득 63% 이하', 'income-recognized amount at most 63% of the median'),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 63%', 'median income × 63%'),
        param('median.income', { by: 'household.size' }),
        param('singleParentChildEducation.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '초·중·고 입학금과 수업료 지원 (금액은 학교별 실비, 복지로 상세에 없음)',
      'Entrance fee and tuition at elementary, middle or high school (actual school charges; no amount in the Bokjiro record)',
    ),
  },
  form: {
    schema: z.object({
      schoolName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('재학 학교명', 'school name') }),
      consentToDataLinkage: z.literal(true).meta({
        label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage'),
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
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
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
