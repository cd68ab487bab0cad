import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 WEE 클래스 상담지원 (WLF00003263), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003263&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「위(Wee)프로젝트 상담지원 (위(Wee)클래스·위(Wee)센터·위(Wee)스쿨 등)」',
  status: 'official',
};

const SCHOOL = ['elementary', 'middle', 'high'];
const inSchool = () =>
  cmp(
    t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
    fact('student', 'level'),
    'in',
    lit(SCHOOL, t('초·중·고', 'elementary, middle or high')),
  );

export default defineProgram({
  id: 'WLF00003263',
  version: '2026.1',
  name: t('WEE 클래스 상담지원', 'Wee Class Counselling Support'),
  ministry: '교육부',
  bureau: '학생정서지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '초중고 학교부적응 학생 및 위기학생, 일반학생에 대한 학교생활 적응 및 치유를 지원합니다.',
    'Helps elementary, middle and high school students — those struggling to adjust or at risk, and all others — adapt to school life and heal.',
  ),
  criteria: any(
    t('학생 또는 학생의 보호자', 'a student or a student’s parent'),
    inSchool(),
    all(
      t('학생 관련 상담을 희망하는 보호자', 'a parent who wants counselling about the student'),
      someMember(t('가구에 초·중·고 학생', 'a school student in the household'), inSchool(), {
        excludeSubject: true,
      }),
      judgement(
        t('학생 관련 상담 희망', 'wants counselling about the student'),
        t('보호자의 상담 신청', 'the parent’s request for counselling'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '위클래스(학교) 개인·집단상담, 심리검사, 보호자·교사 자문; 위센터(교육지원청) 진단·상담·치유 원스톱 지원; 위스쿨·가정형 위센터(시도교육청) 장기 치유·위탁교육',
      'Wee classes (schools): individual and group counselling, psychological tests, advice to parents and teachers; Wee centres (district offices): one-stop assessment, counselling and healing; Wee schools and family-type Wee centres (provincial offices): long-term healing and commissioned education',
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
  parameters: [],
  cases,
});
