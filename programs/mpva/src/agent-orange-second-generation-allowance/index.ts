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
  title: '복지로 고엽제환자2세수당 (WLF00000051), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000051&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고엽제환자 2세 수당」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'agentOrangeSecondGenerationAllowance.monthlyByGrade',
    label: t('고엽제환자 2세 수당 장애등급별 월 지급액', 'monthly allowance by disability grade'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { severe: 2093000, moderate: 1626000, mild: 1306000 } },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000051',
  version: '2026.1',
  name: t('고엽제환자2세수당', 'Allowance for second-generation Agent Orange patients'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '고엽제후유증환자의 자녀가 안정된 생활을 할 수 있도록 장애 정도에 따른 수당을 지원합니다.',
    'Pays an allowance graded by disability to children of Agent Orange patients so that they can lead a stable life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '고엽제후유증환자의 자녀로 고엽제환자 2세 등록',
        'registered as a second-generation Agent Orange patient (child of an Agent Orange patient)',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['고엽제후유증2세환자']),
    ),
    judgement(
      t(
        '고엽제환자 2세 질병(척추이분증·말초신경병·하지마비척추병변) 장애등급(고도·중등도·경도) 판정',
        'disability grade (severe, moderate, mild) for a second-generation disease (spina bifida, peripheral neuropathy, paraplegic spinal lesion)',
      ),
      t('장애등급 판정 결과 (국가보훈부)', 'the disability grading (veterans ministry)'),
    ),
  ),
  benefit: {
    description: t(
      '장애등급에 따라 매월 지급: 고도 2,093,000원, 중등도 1,626,000원, 경도 1,306,000원 (2024년 기준)',
      'Monthly by disability grade: severe 2,093,000, moderate 1,626,000, mild 1,306,000 (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
