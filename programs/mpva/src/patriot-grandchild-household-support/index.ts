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
  title: '복지로 독립유공자 손자녀 가계지원비 (WLF00001137), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001137&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001137',
  version: '2026.1',
  name: t('독립유공자 손자녀 가계지원비', 'Household support for grandchildren of independence patriots'),
  ministry: '국가보훈부',
  bureau: '보훈문화정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '광복 이후 사망한 독립유공자의 손자녀에게 가계지원비를 지급합니다.',
    'Pays household support to grandchildren of independence patriots who died after liberation.',
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
      t('독립유공자의 유족·가족', 'bereaved or family member of the patriot'),
      fact('veteran', 'isFamily'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '광복 이후 사망한 독립유공자의 손자녀',
        'grandchild of an independence patriot who died after liberation',
      ),
      t(
        '손자녀 관계와 독립유공자의 사망 시기 (국가보훈부)',
        'the relationship and when the patriot died (veterans ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 가계지원비 지급 (금액은 출처에 없음)',
      'Monthly household support (the amount is not in the sources)',
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
