import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 대학의 장애학생지원센터 운영 지원 (WLF00000090), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000090&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「대학의 장애학생지원센터 운영 지원」',
  status: 'official',
};

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

export default defineProgram({
  id: 'WLF00000090',
  version: '2026.1',
  name: t('대학의 장애학생지원센터 운영 지원', 'Support Centres for Disabled University Students'),
  ministry: '교육부',
  bureau: '평생학습정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: ['disability'],
  provision: 'other',
  cycle: 'semiannual',
  summary: t(
    '장애대학생의 고등교육 활동에 필요한 각종 편의를 지원하여 학습효과를 증대하고 고등교육 기회를 확대합니다.',
    'Provides disabled university students with the support they need for higher-education activities, improving learning and widening access to higher education.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    any(
      t('장애학생', 'student with a disability'),
      cmp(
        t('장애의 정도가 심한 장애인', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe', t('심한 장애', 'severe')),
      ),
      judgement(
        t(
          '장애의 정도가 심하지 않은 장애학생 또는 기준 외 학생: 대학 특별지원위원회 사전 심의로 지원 필요 인정',
          'a student with a mild disability or outside the criteria: need recognised beforehand by the university’s special-support committee',
        ),
        t('대학 특별지원위원회 심의 결과', 'the special-support committee’s decision'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '대학이 교육지원인력을 선발·운영: 일반교육지원인력(강의·시험 대필, 이동·편의), 전문교육지원인력(수어통역사·속기사·점역사·화면해설사), 장애유형별 보조기기',
      'Support staff run by the university: general assistants (note-taking, exams, mobility), specialists (sign-language interpreters, stenographers, braille transcribers, audio describers) and assistive devices by disability',
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
