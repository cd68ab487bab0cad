import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 국립특수학교 및 국립부설학교 특수학급 지원 (WLF00001173), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001173&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국립특수학교 및 국립부설학교 특수학급 지원」',
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
  id: 'WLF00001173',
  version: '2026.1',
  name: t(
    '국립특수학교 및 국립부설학교 특수학급 지원',
    'Support for National Special Schools and Special Classes',
  ),
  ministry: '교육부',
  bureau: '특수교육정책과',
  legalBasis: [t('장애인 등에 대한 특수교육법', 'Act on Special Education for Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'monthly',
  summary: t(
    '국립특수학교(급)의 특수교육 지원인력 배치, 돌봄교실 운영 및 특수교육대상자의 방과후학교 경비를 지원하여 장애학생의 학습권을 보장합니다.',
    'Places special-education support staff, runs care classes and funds after-school costs for special-education students at national special schools and classes, guaranteeing disabled students’ right to learn.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    judgement(
      t(
        '국립특수학교 또는 국립부설학교 특수학급 재학 특수교육대상 학생',
        'a special-education student at a national special school or a special class of a national attached school',
      ),
      t('재학 학교와 특수교육대상자 선정 여부', 'the school attended and special-education selection'),
    ),
  ),
  benefit: {
    description: t(
      '신변처리·급식·교내외 활동·등하교를 돕는 특수교육 지원인력 배치, 방과후학교 운영, 돌봄교실 운영',
      'Special-education support staff (personal care, meals, activities, travel to and from school), after-school classes and care classes',
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
