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
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 방과후학교 자유수강권 (WLF00000867), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000867&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「방과후학교 자유수강권」',
  status: 'official',
};

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

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

const SCHOOL = ['elementary', 'middle', 'high'];
const inSchool = () =>
  cmp(
    t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
    fact('student', 'level'),
    'in',
    lit(SCHOOL, t('초·중·고', 'elementary, middle or high')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'afterSchoolFreeVoucher.annualAmount',
    label: {
      ko: '방과후학교 자유수강권 (1인당 연간, 내외)',
      en: 'after-school voucher (per student per year, approximately)',
    },
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 600000 },
        sources: [booklet],
        note: '시도교육청 기준에 따라 지원금액 상이',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000867',
  version: '2026.1',
  name: t('방과후학교 자유수강권', 'After-School Programme Free Voucher'),
  ministry: '교육부',
  bureau: '방과후돌봄정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['multicultural', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '방과후학교 수업을 통해 저소득층 자녀의 지속적이며 실직적인 교육기회를 확대하고 공교육 활성화 및 저소득층의 교육격차 해소를 돕습니다.',
    'Widens continuing, real educational opportunities for children of low-income families through after-school classes, strengthening public education and narrowing the education gap.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    any(
      t(
        '저소득가구 (기초생활수급자·한부모가족·차상위계층 등)',
        'low-income household (NBLSS recipients, single-parent families, near-poor, …)',
      ),
      nblssAny(),
      nearPoorMember(),
      singleParentMember(),
      judgement(
        t(
          '그 밖에 시도교육청 기준에 따른 저소득가구',
          'another low-income household under the provincial education office’s criteria',
        ),
        t(
          '시도교육청 지원 기준 (소득·재산)',
          'the provincial education office’s criteria (income and assets)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '저소득층 자녀가 원하는 방과후학교 강좌를 선택해 수강하도록 1인당 연간 600,000원 내외의 수강료(강사료·교재·재료비 등) 지원 (시도교육청별 상이, 신청한 달부터)',
      'After-school class fees (tutors, books, materials) of about 600,000 per student a year, for classes the student chooses (varies by provincial education office; from the month of application)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: parameters,
  cases,
});
