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
  title: '복지로 고엽제후유의증수당 (WLF00001065), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001065&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고엽제 후유의증 수당」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'agentOrangeAftereffectAllowance.monthlyByGrade',
    label: t('고엽제후유의증 수당 장애등급별 월 지급액', 'monthly allowance by disability grade'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { severe: 1175000, moderate: 866000, mild: 568000 } },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001065',
  version: '2026.1',
  name: t('고엽제후유의증수당', 'Allowance for Agent Orange after-effect-like disorder patients'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '고엽제후유의증환자에게 수당을 지급하여 생활안정과 복지향상을 도모합니다.',
    'Pays an allowance to patients with Agent Orange after-effect-like disorders to stabilise their lives and improve their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '고엽제후유의증 환자 등록 (월남참전자·국내 DMZ 근무자)',
        'registered Agent Orange after-effect-like disorder patient (Vietnam veteran or DMZ service)',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['고엽제후유의증']),
    ),
    cmp(
      t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
      fact('veteran', 'isFamily'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '고엽제후유의증 장애등급(고도·중등도·경도) 판정',
        'disability grade (severe, moderate, mild) for the after-effect-like disorder',
      ),
      t('장애등급 판정 결과 (국가보훈부)', 'the disability grading (veterans ministry)'),
    ),
  ),
  benefit: {
    description: t(
      '장애등급에 따라 매월 지급: 고도 1,175,000원, 중등도 866,000원, 경도 568,000원 (2024년 기준)',
      'Monthly by disability grade: severe 1,175,000, moderate 866,000, mild 568,000 (2024)',
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
