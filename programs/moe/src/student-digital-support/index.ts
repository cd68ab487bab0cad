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
  title: '복지로 초.중.고 학생 교육정보화 지원 (WLF00003227), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003227&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「초·중·고 학생 교육정보화 지원(PC, 인터넷통신비)」',
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
    id: 'studentDigitalSupport.internetMonthly',
    label: { ko: '인터넷통신비 지원 (가구당, 월)', en: 'internet fee support (per household, monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 17600 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003227',
  version: '2026.1',
  name: t('초.중.고 학생 교육정보화 지원', 'Digital Education Support for School Students (PC and Internet)'),
  ministry: '교육부',
  bureau: '디지털교육기반과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '초중고 학생에게 PC, 인터넷 통신비를 지원하여 정보 소외 계층의 교육 격차를 해소하고 균등한 교육 기회를 제공합니다.',
    'Provides PCs and internet fees to school students, closing the education gap of information-poor families and giving equal educational opportunity.',
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
      '가구당 컴퓨터 1대, 가구당 인터넷통신비 월 17,600원 (1세대 1자녀 지원, 형제자매 중복지원 배제)',
      'One computer per household and internet fees of 17,600 a month per household (one child per household; siblings are not supported twice)',
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
