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

const catalogue: Source = {
  title: '복지로 한부모가족자녀 교육비 지원 (WLF00001104), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001104&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「한부모가족 자녀 교육비 지원」',
  status: 'official',
};
const ref2026: Source = {
  title: 'korea-welfare-rules §2.7 한부모가족 (복지로 WLF00001068, 2026): 소득인정액 기준 중위소득 65% 이하',
  status: 'official',
};

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
      { from: '2024-01-01', value: { type: 'scalar', value: 0.63 }, sources: [booklet] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 0.65 },
        sources: [ref2026],
        note: '2026년 한부모가족 보호대상자 소득인정액 기준 (WLF00001068)',
      },
    ],
  },
  {
    id: 'singleParentChildEducation.childAgeLimit',
    label: { ko: '양육 아동 연령 (만 나이 미만)', en: 'age of the children raised (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
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
    '한부모가족보호대상자에게 고교비(학비)를 지원합니다.',
    'Pays high-school costs (school fees) for children of single-parent families under protection.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('고등학교 재학', 'enrolled in high school'),
      fact('student', 'level'),
      '==',
      lit('high', t('고등학교', 'high school')),
    ),
    singleParentMember(),
    someMember(
      t('만 18세 미만 아동 양육', 'raises a child under 18'),
      cmp(
        t('만 18세 미만', 'under 18'),
        v('person.age'),
        '<',
        param('singleParentChildEducation.childAgeLimit'),
      ),
    ),
    cmp(
      t(
        '소득인정액이 기준 중위소득 63%(2026년 65%) 이하',
        'income-recognized amount at most 63% of the median (65% in 2026)',
      ),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 한부모가족 기준 비율', 'median income × single-parent share'),
        param('median.income', { by: 'household.size' }),
        param('singleParentChildEducation.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '고교생 자녀의 입학금 및 수업료 전액 지원',
      'The full high-school entrance fee and tuition of the child',
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
  sources: [catalogue, booklet, ref2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
