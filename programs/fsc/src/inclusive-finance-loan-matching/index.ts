import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 서민금융진흥원 금융상품 알선 (WLF00006288), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006288&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「서민금융진흥원 맞춤대출서비스」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006288',
  version: '2026.1',
  name: t('서민금융진흥원 금융상품 알선', 'Loan matching service (Korea Inclusive Finance Agency)'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['lowIncome'],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '서민 취약계층이 ‘몰라서’ 대부업, 불법사금융 등 고금리 대출을 이용하는 일이 없도록 맞춤형 민간 및 정책 서민금융상품을 안내하고 연계합니다.',
    'Guides vulnerable people to suitable private and public inclusive-finance loans so that they do not turn to high-interest lenders or illegal private loans for lack of information.',
  ),
  criteria: all(
    undefined,
    cmp(t('소득이 있음', 'has income'), v('person.monthlyIncome'), '>', lit(0)),
    any(
      t('직장인 또는 자영업자', 'employee or self-employed'),
      cmp(
        t('직장인·자영업자 (취업 상태)', 'employed or self-employed (employment status)'),
        fact('employment', 'status'),
        'in',
        lit(['employee', 'dailyWorker', 'platformWorker', 'selfEmployed']),
      ),
      cmp(
        t('개인사업자 (사업자 등록)', 'sole proprietor (registered business)'),
        fact('smallBusiness'),
        '==',
        lit(true),
      ),
    ),
    judgement(t('연체가 없음', 'no arrears'), t('연체 여부 (신용정보)', 'arrears (credit records)')),
  ),
  benefit: {
    description: t(
      '새희망홀씨·햇살론·햇살론15·햇살론뱅크·사잇돌 등 정책 서민금융상품과 민간 중금리상품 100여 개의 한도·금리를 비교해 적합한 대출 중개 (상품별 0.2~2.0%p 우대금리)',
      'Compares limits and rates of about 100 public inclusive-finance and private mid-rate loans and brokers the most suitable one (0.2–2.0 percentage-point discounts)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: [],
  cases,
});
