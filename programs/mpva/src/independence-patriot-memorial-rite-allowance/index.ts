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
  title: '복지로 독립유공자 제수비 지급 (WLF00000038), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000038&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000038',
  version: '2026.1',
  name: t('독립유공자 제수비 지급', 'Memorial-rite allowance for independence patriots'),
  ministry: '국가보훈부',
  bureau: '보훈문화정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '사망한 독립유공자 기일에 독립유공자의 수권유족에게 제수비를 지원합니다.',
    'Pays a memorial-rite allowance on the anniversary of a deceased independence patriot’s death to the patriot’s entitled bereaved family member.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('독립유공자 유족 등록', 'registered family of an independence patriot'),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자']),
    ),
    cmp(
      t('독립유공자의 유족', 'bereaved family member of the patriot'),
      fact('veteran', 'isFamily'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '사망한 독립유공자의 수권유족',
        'entitled bereaved family member (수권유족) of a deceased independence patriot',
      ),
      t(
        '수권유족 지정 여부 (국가보훈부)',
        'whether the person is the designated entitled bereaved (veterans ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사망한 독립유공자의 기일에 수권유족에게 제수비를 현금으로 지급 (금액은 출처에 없음)',
      'A memorial-rite allowance paid in cash on the anniversary of the patriot’s death (the amount is not in the sources)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
