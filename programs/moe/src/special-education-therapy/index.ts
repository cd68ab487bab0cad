import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 (특수교육대상자) 치료지원서비스 (WLF00001113), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001113&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「특수교육대상자 치료지원 서비스」',
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
  id: 'WLF00001113',
  version: '2026.1',
  name: t('(특수교육대상자) 치료지원서비스', 'Therapy Support for Special-Education Students'),
  ministry: '교육부',
  bureau: '특수교육정책과',
  legalBasis: [t('장애인 등에 대한 특수교육법', 'Act on Special Education for Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '특수교육대상자의 교육을 효율적으로 지원하기 위해 관련 서비스를 제공합니다.',
    'Provides related services to special-education students so that their education can be delivered effectively.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    judgement(
      t(
        '특수교육대상자 중 치료지원이 필요한 학생 (진단·평가로 선정)',
        'a special-education student who needs therapy support (selected by assessment)',
      ),
      t(
        '특수교육대상자 선정 및 치료지원 진단·평가 결과',
        'special-education selection and the therapy-support assessment',
      ),
    ),
  ),
  benefit: {
    description: t(
      '병·의원, 장애인복지관, 사설치료실 등에서 물리치료·작업치료·언어치료 등 치료지원 서비스 (바우처 등). 보건복지부 발달재활서비스와 같은 영역은 중복지원 불가',
      'Physical, occupational, speech and other therapy at hospitals, disability welfare centres or private therapy rooms (vouchers and similar). Not combinable with the Ministry of Health and Welfare’s developmental rehabilitation service in the same area',
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
