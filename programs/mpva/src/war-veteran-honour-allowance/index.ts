import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 참전명예수당 (WLF00001066), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001066&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「참전명예수당」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'warVeteranHonourAllowance.minAge',
    label: t('참전명예수당 지급 연령 (만 나이 이상)', 'War Veteran Honour Allowance minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'warVeteranHonourAllowance.monthly',
    label: t('참전명예수당 월 지급액', 'War Veteran Honour Allowance monthly amount'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 420000 },
        sources: [booklet],
        note: '2024년 금액. 참고 노트의 2026년 약 490,000원은 2차 자료(미확인)라 반영하지 않음',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001066',
  version: '2026.1',
  name: t('참전명예수당', 'War Veteran Honour Allowance'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '참전유공자에게 수당을 지급하여 생활안정과 복지향상을 도모합니다.',
    'Pays a monthly allowance to war veterans (참전유공자) to stabilise their livelihood and improve their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('참전유공자 (6·25전쟁·월남전) 등록', 'registered war veteran (Korean War or Vietnam War)'),
      fact('veteran', 'category'),
      'in',
      lit(['참전유공자']),
    ),
    cmp(
      t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
      fact('veteran', 'isFamily'),
      '==',
      lit(false),
    ),
    cmp(
      t('만 65세 이상', 'aged 65 or over'),
      v('person.age'),
      '>=',
      param('warVeteranHonourAllowance.minAge'),
    ),
  ),
  benefit: {
    description: t(
      '매월 420,000원(2024년 기준)의 참전명예수당 지급',
      'A War Veteran Honour Allowance of 420,000 a month (2024 amount)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('warVeteranHonourAllowance.monthly');
      return { amountKrw, lines: [{ label: t('참전명예수당 월액', 'monthly allowance'), value: amountKrw }] };
    },
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
