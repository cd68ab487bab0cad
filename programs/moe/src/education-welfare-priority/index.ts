import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 교육복지우선지원사업 (WLF00001120), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001120&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「교육복지 우선지원사업」',
  status: 'official',
};

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

export default defineProgram({
  id: 'WLF00001120',
  version: '2026.1',
  name: t('교육복지우선지원사업', 'Education Welfare Priority Support'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['multicultural', 'disability', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '취약계층 학생이 밀집한 학교(초,중,고)를 선정하여 집중 지원함으로써 교육, 문화, 복지 수준을 높이고 교육격차를 해소합니다.',
    'Selects schools (elementary, middle, high) with many disadvantaged students and supports them intensively, raising education, culture and welfare and narrowing the education gap.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    any(
      t('지원대상 학생', 'target student'),
      cmp(
        t('교육급여 수급권자', 'education benefit recipient'),
        receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
        '==',
        lit(true),
      ),
      nearPoorMember(),
      singleParentMember(),
      someMember(
        t('북한이탈주민 가정의 자녀', 'child of a North Korean defector family'),
        cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      ),
      someMember(
        t('다문화가정의 자녀', 'child of a multicultural family'),
        cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
      ),
      judgement(
        t(
          '특수교육대상자 또는 그 밖에 교육감이 정하는 학생',
          'a special-education student or another student designated by the superintendent',
        ),
        t(
          '특수교육대상자 선정·교육감 지정 여부',
          'special-education selection or designation by the superintendent',
        ),
      ),
    ),
    judgement(
      t('교육감이 지정한 지원대상 학교 재학', 'attends a school designated by the superintendent'),
      t('재학 학교의 교육복지 우선지원 학교 지정 여부', 'whether the school is designated for the programme'),
    ),
  ),
  benefit: {
    description: t(
      '학습, 문화·체험, 심리·정서, 보육, 복지 등 종합적인 교육복지 프로그램 (지원대상 학생이 일정 수 이상인 학교를 시도교육청이 선정)',
      'Comprehensive education-welfare programmes (learning, culture and activities, emotional support, care, welfare) in schools the provincial education office selects for having enough target students',
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
  dependsOn: ['WLF00001089'],
  parameters: [],
  cases,
});
