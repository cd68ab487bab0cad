import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 북한배경학생 교육 지원(멘토링 지원 등) (WLF00001142), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001142&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「탈북학생 교육 지원(멘토링 지원 등)」',
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
  id: 'WLF00001142',
  version: '2026.1',
  name: t(
    '북한배경학생 교육 지원(멘토링 지원 등)',
    'Education Support for Students with a North Korean Background',
  ),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '탈북학생이 우리사회의 통합된 일원으로 적응하여 통일 미래의 맞춤형 인재로 성장할 수 있도록 지원합니다.',
    'Helps students who left North Korea adapt as integrated members of society and grow into the talent a unified future needs.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    any(
      t(
        '탈북학생 (북한 또는 제3국 출생)',
        'student who left North Korea (born in the North or a third country)',
      ),
      cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      judgement(
        t(
          '북한이탈주민 가정의 제3국 출생 학생',
          'third-country-born child of a North Korean defector family',
        ),
        t('출생국과 부모의 북한이탈주민 여부', 'country of birth and the parents’ defector status'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '담임·교과 교사 1:1 맞춤형 멘토링, 학교 안팎 생활 전반 2년 이상 장기 성장 멘토링, 성장·적응을 위한 심리상담',
      'One-to-one mentoring by class and subject teachers, long-term growth mentoring (2+ years) in and out of school, and counselling for growth and adaptation',
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
