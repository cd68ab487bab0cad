import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 소상공인 특례 햇살론카드 (WLF00006272), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006272&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006272',
  version: '2026.1',
  name: t('소상공인 특례 햇살론카드', 'Sunshine Card special guarantee for small business owners'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '개인사업자가 최소한의 상환 능력을 충족하면 사업 경비 등 지출에 부담 없이 영업을 지속할 수 있도록 도움을 주고 경제적 재기를 지원합니다.',
    'Helps sole proprietors who meet a minimum repayment capacity keep their business going without strain on business expenses, supporting their economic recovery.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('개인사업자 (사업자 등록)', 'sole proprietor (registered business)'),
      fact('smallBusiness'),
      '==',
      lit(true),
    ),
    judgement(
      t('최소한의 상환 능력 충족', 'meets a minimum repayment capacity'),
      t('상환 능력 보증 심사 (서민금융진흥원)', 'repayment-capacity guarantee review (KINFA)'),
    ),
  ),
  benefit: {
    description: t(
      '사업 경비 등 지출에 쓸 수 있는 보증부 카드 (한도는 출처에 없음)',
      'A guaranteed card for business expenses (limits not given in the sources)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters: [],
  cases,
});
