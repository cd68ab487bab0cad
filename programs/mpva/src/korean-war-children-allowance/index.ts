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
  title: '복지로 6.25자녀수당 (WLF00001064), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001064&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「6·25자녀수당」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'koreanWarChildrenAllowance.monthly',
    label: t('6·25자녀수당 구분별 월 지급액', 'monthly allowance by kind'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            struckOff: 1613000,
            struckOffBonus: 80000,
            successor: 1372000,
            newSuccessor: 516000,
            newSuccessorHardship: 114000,
          },
        },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001064',
  version: '2026.1',
  name: t('6.25자녀수당', 'Korean War children’s allowance'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '6.25 전쟁 중 전사하거나 순직한 전몰군경 혹은 순직군경 자녀의 생활안정과 복지향상을 위하여 수당을 지원합니다.',
    'Pays an allowance to children of soldiers and police officers killed in action or in the line of duty during the Korean War, to stabilise their lives.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('보훈대상자 구분: 국가유공자', 'veteran category: person of national merit'),
      fact('veteran', 'category'),
      'in',
      lit(['국가유공자']),
    ),
    cmp(
      t('국가유공자 유족으로 등록', 'registered as a bereaved family member of a person of national merit'),
      fact('veteran', 'isFamily'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '6·25전쟁 중 전사하거나 순직한 전몰·순직 군경의 자녀',
        'child of a soldier or police officer killed in action or in the line of duty during the Korean War',
      ),
      t(
        '전몰·순직 군경 자녀 여부와 수당 구분 (제적·승계·신규 승계)',
        'whether the person is such a child and of which kind (struck-off, successor, new successor)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 지급: 제적자녀 1,613,000원 + 제적 위로 가산금 80,000원, 승계자녀 1,372,000원, 신규 승계자녀 516,000원 (생계곤란 시 114,000원 추가). 자녀가 2명 이상이면 자녀 수대로 나누어 지급 (2024년 기준)',
      'Monthly: struck-off children 1,613,000 + 80,000 consolation; successor children 1,372,000; new successor children 516,000 (+114,000 in hardship). Split among the children if there are two or more (2024)',
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
