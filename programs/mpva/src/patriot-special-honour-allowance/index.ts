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
  title: '복지로 애국지사특별예우금 (WLF00000750), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000750&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「애국지사 특별예우금」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'patriotSpecialHonourAllowance.monthlyByDecoration',
    label: t('애국지사 특별예우금 훈격별 월 지급액', 'monthly honour allowance by decoration'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { order3: 2325000, order4: 1920000, order5: 1725000, medalOrCitation: 1575000 },
        },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000750',
  version: '2026.1',
  name: t('애국지사특별예우금', 'Special honour allowance for living independence patriots'),
  ministry: '국가보훈부',
  bureau: '보훈문화정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '일제강점기에 나라를 위해 자신을 희생한 애국지사의 뜻을 기리고 명예를 지킬 수 있도록 예우금을 지급합니다.',
    'Pays an honour allowance to living patriots who sacrificed themselves for the country under Japanese colonial rule, to honour them.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('독립유공자 등록', 'registered independence patriot'),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자']),
    ),
    cmp(
      t('생존 애국지사 본인 (유족이 아님)', 'the living patriot in person (not a bereaved family member)'),
      fact('veteran', 'isFamily'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '훈격: 건국훈장 3~5등급, 건국포장 또는 대통령표창',
        'decoration: Order of Merit for National Foundation grades 3–5, its medal, or a presidential citation',
      ),
      t('애국지사의 훈격 (국가보훈부)', 'the patriot’s decoration (veterans ministry)'),
    ),
  ),
  benefit: {
    description: t(
      '훈격에 따라 매월 지급: 건국훈장 3급 2,325,000원, 4급 1,920,000원, 5급 1,725,000원, 건국포장·대통령표창 1,575,000원 (2024년 기준)',
      'Monthly by decoration: Order grade 3 2,325,000, grade 4 1,920,000, grade 5 1,725,000, medal or presidential citation 1,575,000 (2024)',
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
