import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 온동네 초등돌봄교육 (WLF00003184), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003184&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「늘봄학교」', status: 'official' };

export default defineProgram({
  id: 'WLF00003184',
  version: '2026.1',
  name: t('온동네 초등돌봄교육', 'Community Elementary After-School Care and Education'),
  ministry: '교육부',
  bureau: '늘봄학교정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '정규수업 외 시간에 초등학생의 성장과 발달을 위해 학교와 지역사회의 다양한 돌봄과 교육 자원을 연계하여 종합적으로 운영하는 학교 교육활동을 제공합니다.',
    'Provides school activities beyond regular classes for elementary pupils’ growth and development, linking the school’s and the community’s care and education resources.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초등학교 재학', 'enrolled in elementary school'),
      fact('student', 'level'),
      '==',
      lit('elementary', t('초등학교', 'elementary school')),
    ),
    judgement(
      t('참여 희망 신청 (학교 늘봄지원실)', 'applies to take part (the school’s Neulbom office)'),
      t(
        '학교 늘봄 프로그램 참여 신청과 학교별 운영 여건',
        'the application and the school’s programme capacity',
      ),
    ),
  ),
  benefit: {
    description: t(
      '정규수업 외 학교와 지역사회의 교육자원을 연계한 종합교육 프로그램 (초등 방과후와 돌봄을 통합한 단일체제)',
      'A comprehensive programme beyond regular classes using school and community resources (after-school classes and care combined in one system)',
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
