import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중앙취업지원센터 운영 지원 (WLF00006306), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006306&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중앙취업지원센터 운영」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006306',
  version: '2026.1',
  name: t('중앙취업지원센터 운영 지원', 'Central Job Support Centre for Vocational High Schools'),
  ministry: '교육부',
  bureau: '직업교육정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: [],
  provision: 'service',
  cycle: 'quarterly',
  summary: t(
    '중앙 차원의 고졸 취업 컨트롤타워 구축을 통해 직업계고 학생의 적성과 역량을 반영한 취·창업 등 신규 일자리 발굴 등 취창업 종합 서비스를 제공합니다.',
    'A central control tower for high-school-graduate employment provides comprehensive job and start-up services, including new jobs matched to vocational high-school students’ aptitudes and skills.',
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
      t(
        '직업계고 학생 (정보 제공은 기업·교사·학부모 등 대국민)',
        'a vocational high-school student (information is open to companies, teachers, parents and the public)',
      ),
      t('재학 학교가 직업계고인지 여부', 'whether the school is a vocational high school'),
    ),
  ),
  benefit: {
    description: t(
      '고졸 취업 지원·정보 제공 및 협력체계 구축 (고졸만잡 job.kosaf.go.kr 채용정보)',
      'Employment support and information for high-school graduates and cooperation networks (job postings on job.kosaf.go.kr)',
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
