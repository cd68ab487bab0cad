import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고등학교 무상교육 (WLF00001118), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001118&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00001118',
  version: '2026.1',
  name: t('고등학교 무상교육', 'Free High-School Education'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: [],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '초·중·고 교육의 공공성을 강화하고, 학생·학부모의 교육비 부담을 덜어드립니다.',
    'Free high-school education: strengthens the public nature of school education and eases students’ and parents’ education costs.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('고등학교 재학', 'enrolled in high school'),
      fact('student', 'level'),
      '==',
      lit('high', t('고등학교', 'high school')),
    ),
    judgement(
      t('무상교육이 적용되는 고등학교 재학', 'attends a high school covered by free education'),
      t('재학 학교의 무상교육 적용 여부', 'whether the school is covered by free high-school education'),
    ),
  ),
  benefit: {
    description: t(
      '고등학교 교육비 부담 경감 (무상교육; 세부 지원 항목은 출처에 없음)',
      'High-school education costs waived (free education; the sources do not list the items covered)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters: [],
  cases,
});
