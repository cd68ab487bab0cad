import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 현장실습 지원금 (WLF00006242), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006242&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「현장실습 지원금」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'fieldTrainingAllowance.dailyAmount',
    label: { ko: '현장실습 지원금 (1일)', en: 'field-training allowance (per day)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60000 }, sources: [booklet] }],
  },
  {
    id: 'fieldTrainingAllowance.maxDays',
    label: { ko: '지원 일수 한도', en: 'maximum days' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'fieldTrainingAllowance.maxAmount',
    label: { ko: '학생 1인당 최대 지원금', en: 'maximum per student' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3600000 },
        sources: [booklet],
        note: '국고 180만 원, 교육청 180만 원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006242',
  version: '2026.1',
  name: t('현장실습 지원금', 'Field-Training Allowance for Vocational High-School Students'),
  ministry: '교육부',
  bureau: '직업교육정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '직업계고 현장실습 참여 수당 지급을 통해 현장실습생의 최소한의 권익을 보장하고, 현장실습 참여 활성화를 유도하여 고졸 기술·기능인재의 실무역량 강화를 도모합니다.',
    'Pays vocational high-school students an allowance for field training, guaranteeing trainees’ minimum rights, encouraging participation and building the practical skills of high-school technical talent.',
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
        '직업계고 3학년으로 산업체 채용형 현장실습 참여',
        'a third-year vocational high-school student in recruitment-linked field training',
      ),
      t('재학 학교 유형·학년과 현장실습 참여', 'type of school, year and field-training participation'),
    ),
  ),
  benefit: {
    description: t(
      '학생 1인당 1일 60,000원, 최대 60일, 최대 3,600,000원 (국고 1,800,000원 + 교육청 1,800,000원)',
      '60,000 a day per student for up to 60 days, at most 3,600,000 (1,800,000 national and 1,800,000 from the education office)',
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
  parameters: parameters,
  cases,
});
