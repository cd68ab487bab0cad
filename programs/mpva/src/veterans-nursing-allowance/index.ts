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
  title: '복지로 간호수당 (WLF00001059), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001059&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 등 간호수당」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransNursingAllowance.maxWoundGrade',
    label: t('간호수당 대상 상이등급 (이내)', 'injury grades covered (up to)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'veteransNursingAllowance.monthly',
    label: t('간호수당 월 지급액', 'monthly nursing allowance'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            grade1Before2012Min: 2832000,
            grade1Before2012Max: 3061000,
            grade2Before2012: 979000,
            constantAfter2012: 3061000,
            occasionalAfter2012: 2041000,
          },
        },
        sources: [booklet],
        note: '2012.7.1. 이전 등록: 1급 2,832,000~3,061,000원, 2급 979,000원 / 이후 등록: 상시 3,061,000원, 수시 2,041,000원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001059',
  version: '2026.1',
  name: t('간호수당', 'Nursing allowance for persons of national merit'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국가유공자, 보훈보상대상자 생활 안정과 복지 향상을 위하여 간호수당을 지원합니다.',
    'Pays a nursing allowance to persons of national merit and veterans-compensation beneficiaries to stabilise their lives and improve their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 국가유공자, 보훈보상대상자',
        'veteran category: person of national merit, veterans-compensation beneficiary',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['국가유공자', '보훈보상대상자']),
    ),
    cmp(
      t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
      fact('veteran', 'isFamily'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '상이등급 1~2급 중상이자로 다른 사람의 보조 없이는 활동이 어려움',
        'seriously wounded (injury grade 1–2) and unable to function without another person’s help',
      ),
      t(
        '상이등급 및 간병 필요성 판정 (국가보훈부)',
        'injury grade and care-need assessment (veterans ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '간병 필요성에 따라 매월 지급: 2012.7.1. 이전 등록 1급 2,832,000~3,061,000원, 2급 979,000원; 이후 등록 상시 간호 3,061,000원, 수시 간호 2,041,000원 (2024년 기준)',
      'Monthly by care need: registered before 1 July 2012, grade 1 2,832,000–3,061,000 and grade 2 979,000; registered later, constant care 3,061,000 and occasional care 2,041,000 (2024)',
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
